pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The frame of every session screen: title and instructions at the top, the screen's content,
// and the bar of controls along the bottom edge. In the low-reach layout the title area grows
// so that every control sits below App.theme.reachTop.
Item {
    id: frame

    property string title
    property string instructions
    default property alias content: contentArea.data
    readonly property int margin: App.theme.spacing * 2

    Component.onCompleted: App.speech.announce(title, instructions)

    Rectangle { anchors.fill: parent; color: App.theme.background }

    Rectangle {
        id: header
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: Math.max(App.theme.reachTop, headerText.implicitHeight + 2 * frame.margin)
        color: App.theme.surface
        border.color: App.theme.border

        Column {
            id: headerText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: frame.margin
            spacing: App.theme.spacing / 2

            KLabel {
                width: parent.width
                text: App.city.name
                color: App.theme.mutedText
                visible: !App.keyboardOpen  // room for the list above the keyboard
            }
            KLabel {
                objectName: "screenTitle"
                width: parent.width
                text: frame.title
                font.pixelSize: App.theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            KLabel {
                width: parent.width
                text: frame.instructions
                visible: text.length > 0 && !App.keyboardOpen
                color: App.theme.mutedText
            }
        }
    }

    Rectangle {
        id: offlineBanner
        objectName: "offlineBanner"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        visible: App.connection.offline
        height: visible ? offlineLines.implicitHeight + App.theme.spacing * 2 : 0
        color: App.theme.warning

        Column {
            id: offlineLines
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: frame.margin
            anchors.rightMargin: frame.margin

            KLabel {
                id: offlineText
                width: parent.width
                color: App.theme.warningText
                text: App.connection.asOf
                      ? qsTr("Offline: the city's information shown is as of %1.").arg(App.connection.asOf)
                      : qsTr("Offline: the city's information cannot be reached right now.")
            }
            KLabel {
                // What keeps the kiosk from the city's system (a certificate, its token), for the staff
                objectName: "connectionProblem"
                width: parent.width
                visible: text.length > 0
                color: App.theme.warningText
                text: App.connection.problemText
            }
        }
    }

    Item {
        id: contentArea
        anchors.top: offlineBanner.bottom
        anchors.bottom: bar.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: frame.margin
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: App.theme.touchTarget + 2 * App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.border

        Row {
            id: barRow
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: frame.margin
            spacing: App.theme.spacing

            KButton {
                objectName: "backButton"
                text: qsTr("Back")
                visible: App.session.canGoBack
                onClicked: App.session.back()
            }
            KButton {
                objectName: "homeButton"
                text: qsTr("Home")
                visible: App.session.screen !== "Home" && App.session.canLeave
                onClicked: App.session.home()
            }
        }

        Row {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.rightMargin: frame.margin
            spacing: App.theme.spacing

            KButton {
                objectName: "languageButton"
                text: qsTr("Language")
                detail: qsTr("Choose the language of the screens")
                onClicked: languagePanel.visible = true
            }
            KButton {
                objectName: "accessibilityButton"
                text: qsTr("Accessibility")
                detail: qsTr("Large text, high contrast, low reach and speech")
                onClicked: accessibilityPanel.visible = true
            }
            KButton {
                objectName: "finishButton"
                text: qsTr("Finish")
                primary: true
                visible: App.session.canLeave
                onClicked: App.session.finish()
            }
        }
    }

    ChoicePanel {
        id: languagePanel
        objectName: "languagePanel"
        title: qsTr("Language")
        onClosed: visible = false

        Repeater {
            model: App.languages
            delegate: KButton {
                id: choice
                required property string code
                required property string nativeName
                required property string fontFamily
                text: nativeName
                checkable: true
                checked: App.session.language === code
                font.family: fontFamily
                onClicked: {
                    App.session.setLanguage(choice.code)
                    languagePanel.visible = false
                }
            }
        }
    }

    ChoicePanel {
        id: accessibilityPanel
        objectName: "accessibilityPanel"
        title: qsTr("Accessibility")
        onClosed: visible = false

        KButton {
            text: qsTr("Large text")
            checkable: true
            checked: App.session.largeText
            onClicked: App.session.toggle("large_text")
        }
        KButton {
            text: qsTr("High contrast")
            checkable: true
            checked: App.session.highContrast
            onClicked: App.session.toggle("high_contrast")
        }
        KButton {
            text: qsTr("Low reach")
            detail: qsTr("All buttons in the lower part of the screen")
            checkable: true
            checked: App.session.lowReach
            onClicked: App.session.toggle("low_reach")
        }
        KButton {
            text: qsTr("Speech")
            detail: qsTr("Reads the screen aloud")
            checkable: true
            checked: App.session.speech
            onClicked: App.session.toggle("speech")
        }
    }
}
