pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Jobs

// The job seeker's age, typed on a large keypad (or a keyboard), with how many jobs are open to
// it shown as it is typed; used for this search only.
FlowPage {
    id: page

    title: qsTr("Your age")
    instructions: qsTr("Type your age to see only the jobs open to it. Jobs with no age limit are always shown.")

    focus: true
    activeFocusOnTab: true
    Keys.onPressed: (event) => { event.accepted = JobService.model.ageKey(event.key, event.text) }
    Component.onCompleted: forceActiveFocus()

    // What the pad shows under the age is said as it changes (in speech mode).
    readonly property string preview: JobService.model.agePreview
    onPreviewChanged: App.speech.announce(JobService.model.ageEntryText, preview)

    ScrollColumn {
        id: info
        anchors.left: parent.left
        anchors.right: keypad.left
        anchors.rightMargin: App.theme.spacing * 3
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        spacing: App.theme.spacing * 2

        // Centred beside the keypad while it all fits; it scrolls when large text needs more.
        Item {
            width: 1
            height: Math.max(0, (info.height - entry.height - note.height
                                 - (problemNotice.visible ? problemNotice.height + info.spacing : 0)
                                 - (previewLabel.visible ? previewLabel.height + info.spacing : 0)) / 2
                                - info.spacing * 2)
        }

        Rectangle {
            id: entry
            objectName: "ageEntry"
            width: parent.width
            height: Math.round(App.theme.titleSize * 2.6)
            color: App.theme.surface
            border.color: App.theme.text
            border.width: 3
            radius: App.theme.spacing / 2

            KLabel {
                objectName: "ageEntryText"
                anchors.centerIn: parent
                width: parent.width - App.theme.spacing * 2
                horizontalAlignment: Text.AlignHCenter
                text: JobService.model.ageEntryText
                font.pixelSize: Math.round(App.theme.titleSize * 1.6)
                font.bold: true
                lineHeight: 1.0
            }
        }

        Notice {
            id: problemNotice
            objectName: "jobProblem"
            width: parent.width
            visible: JobService.model.problemText.length > 0
            text: JobService.model.problemText
        }

        KLabel {
            id: previewLabel
            objectName: "agePreview"
            width: parent.width
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            text: page.preview
            // the warning colour as text on the page: dark on the light theme, yellow on black
            color: JobService.model.ageWarning ? App.theme.warning : App.theme.text
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }

        KLabel {
            id: note
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Your age is used for this search only and forgotten when you finish.")
            color: App.theme.mutedText
        }
    }

    // Four rows of keys, as on the PIN pad: up to half of a wide page, shorter keys on a short one.
    Grid {
        id: keypad
        objectName: "ageKeypad"
        readonly property int gap: App.theme.spacing / 2
        readonly property int keyWidth: Math.max(Math.round(App.theme.touchTarget * 1.9),
            Math.min(Math.round(App.theme.touchTarget * 2.8), Math.floor((page.width / 2 - 2 * gap) / 3)))
        readonly property int tallest: Math.round(App.theme.touchTarget * 1.2)
        readonly property int shortest: Math.min(App.theme.touchTarget, App.theme.spacing * 4)
        readonly property int wordsHeight:
            Math.max(clearKey.implicitContentHeight, deleteKey.implicitContentHeight) + App.theme.spacing
        readonly property int bottomHeight: Math.max(shortest, wordsHeight,
            Math.min(tallest, Math.floor((page.height - 3 * gap) / 4)))
        readonly property int keyHeight: Math.max(shortest,
            Math.min(tallest, Math.floor((page.height - 3 * gap - bottomHeight) / 3)))
        readonly property int digitSize: Math.min(App.theme.titleSize, Math.floor((keyHeight - 4) / 1.5))
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        columns: 3
        spacing: gap

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            delegate: KeypadButton {
                required property string modelData
                objectName: "ageKey_" + modelData
                width: keypad.keyWidth
                height: keypad.keyHeight
                text: modelData
                font.pixelSize: keypad.digitSize
                onClicked: JobService.model.pressAgeDigit(modelData)
            }
        }
        KeypadButton {
            id: clearKey
            objectName: "ageKey_clear"
            width: keypad.keyWidth
            height: keypad.bottomHeight
            text: qsTr("Clear")
            font.pixelSize: App.theme.fontSize
            onClicked: JobService.model.clearAgeEntry()
        }
        KeypadButton {
            objectName: "ageKey_0"
            width: keypad.keyWidth
            height: keypad.bottomHeight
            text: "0"
            font.pixelSize: keypad.digitSize
            onClicked: JobService.model.pressAgeDigit("0")
        }
        KeypadButton {
            id: deleteKey
            objectName: "ageKey_delete"
            width: keypad.keyWidth
            height: keypad.bottomHeight
            text: qsTr("Delete")
            font.pixelSize: App.theme.fontSize
            onClicked: JobService.model.deleteAgeDigit()
        }
    }

    FocusRing {
        anchors.fill: keypad
        anchors.margins: -(thickness + keypad.gap)
        visible: page.activeFocus
        cornerRadius: App.theme.spacing / 2
    }

    actions: [
        ActionButton {
            objectName: "clearAge"
            visible: JobService.model.ageChosen
            text: qsTr("Take the age off")
            onClicked: JobService.model.clearAge()
        },
        ActionButton {
            objectName: "applyAge"
            text: qsTr("Use this age")
            primary: true
            enabled: JobService.model.ageCanApply
            onClicked: JobService.model.applyAge()
        }
    ]
}
