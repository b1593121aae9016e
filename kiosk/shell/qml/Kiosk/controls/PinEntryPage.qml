pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A card's PIN: masked dots, a large keypad (or a keyboard), never spoken. The service's page
// gives the view-model (pinDigits, pinLength, pinKey, pressDigit, deleteDigit, clearPin,
// submitPin) and its own words, so each service keeps its wording in its own catalogue.
FlowPage {
    id: page

    required property var model
    // True after a wrong PIN: ``triesText`` is shown then.
    property bool wrongPin: false
    property string triesText
    property string hintText
    property string clearText
    property string deleteText
    property string confirmText

    focus: true
    // The keypad's digits go to the page: said only as "entered", and the page is a focus
    // stop of its own, named by its instructions, where Enter confirms.
    readonly property bool secretEntry: true
    activeFocusOnTab: true
    Keys.onPressed: (event) => { event.accepted = page.model.pinKey(event.key, event.text) }
    Component.onCompleted: forceActiveFocus()

    // Centred beside the keypad; it scrolls when large text makes the notice and the hint taller.
    ScrollColumn {
        id: info
        anchors.left: parent.left
        anchors.right: keypad.left
        anchors.rightMargin: App.theme.spacing * 3
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        spacing: App.theme.spacing * 2

        Item {
            width: 1
            height: Math.max(0, (info.height - dots.height - (triesLeft.visible ? triesLeft.height : 0)
                                 - hint.height) / 2 - info.spacing * (triesLeft.visible ? 3 : 2))
        }

        Row {
            id: dots
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: App.theme.spacing * 2

            Repeater {
                model: page.model.pinDigits
                delegate: Rectangle {
                    required property int index
                    width: App.theme.touchTarget * 0.8
                    height: width
                    radius: width / 2
                    border.color: App.theme.text
                    border.width: 3
                    color: index < page.model.pinLength ? App.theme.text : App.theme.surface
                }
            }
        }

        Notice {
            id: triesLeft
            objectName: "triesLeft"
            width: parent.width
            visible: page.wrongPin
            // The wrong PIN and what is left of the tries, said once, here.
            text: page.triesText
        }

        KLabel {
            id: hint
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: page.hintText
            color: App.theme.mutedText
        }
    }

    // Four rows of keys with a tall Confirm beside them: fits the low-reach area in large text.
    // On a wide page the keys take up to half of it, so that the named keys' words fit; the
    // bottom row is as tall as those words need, and on a short page (large text under a long
    // heading) the keys give up height down to 16 mm so that all four rows stay on the page.
    Row {
        id: keypad
        objectName: "keypad"
        readonly property int gap: App.theme.spacing / 2
        readonly property int keyWidth: Math.max(Math.round(App.theme.touchTarget * 1.9),
            Math.min(Math.round(App.theme.touchTarget * 2.8), Math.floor((page.width / 2 - 3 * gap) / 4)))
        readonly property int tallest: Math.round(App.theme.touchTarget * 1.2)
        readonly property int shortest: Math.min(App.theme.touchTarget, App.theme.spacing * 4)  // spacing: 4 mm
        readonly property int wordsHeight:
            Math.max(clearKey.implicitContentHeight, deleteKey.implicitContentHeight) + App.theme.spacing
        readonly property int bottomHeight: Math.max(shortest, wordsHeight,
            Math.min(tallest, Math.floor((page.height - 3 * gap) / 4)))
        readonly property int keyHeight: Math.max(shortest,
            Math.min(tallest, Math.floor((page.height - 3 * gap - bottomHeight) / 3)))
        // the digits' size, smaller on keys that gave up height (a line is about 1.4 times it)
        readonly property int digitSize: Math.min(App.theme.titleSize, Math.floor((keyHeight - 4) / 1.5))
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: gap

        Grid {
            id: keys
            columns: 3
            spacing: keypad.gap

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KeypadButton {
                    required property string modelData
                    objectName: "key_" + modelData
                    width: keypad.keyWidth
                    height: keypad.keyHeight
                    text: modelData
                    font.pixelSize: keypad.digitSize
                    onClicked: page.model.pressDigit(modelData)
                }
            }
            KeypadButton {
                id: clearKey
                objectName: "key_clear"
                width: keypad.keyWidth
                height: keypad.bottomHeight
                text: page.clearText
                font.pixelSize: App.theme.fontSize
                onClicked: page.model.clearPin()
            }
            KeypadButton {
                objectName: "key_0"
                width: keypad.keyWidth
                height: keypad.bottomHeight
                text: "0"
                font.pixelSize: keypad.digitSize
                onClicked: page.model.pressDigit("0")
            }
            KeypadButton {
                id: deleteKey
                objectName: "key_delete"
                width: keypad.keyWidth
                height: keypad.bottomHeight
                text: page.deleteText
                font.pixelSize: App.theme.fontSize
                onClicked: page.model.deleteDigit()
            }
        }

        KeypadButton {
            objectName: "key_confirm"
            // wide enough for its word on one line, within reason
            width: Math.max(keypad.keyWidth, Math.min(implicitContentWidth + leftPadding + rightPadding,
                                                      Math.round(keypad.keyWidth * 1.6)))
            height: keys.height
            text: page.confirmText
            font.pixelSize: App.theme.fontSize
            primary: true
            enabled: page.model.pinLength === page.model.pinDigits
            onClicked: page.model.submitPin()
        }
    }

    FocusRing {
        // Around the keypad, over its edge, while the page takes the keys.
        anchors.fill: keypad
        anchors.margins: -(thickness + gap)
        visible: page.activeFocus
        cornerRadius: App.theme.spacing / 2
    }
}
