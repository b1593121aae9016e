pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The frame of every session screen: title and instructions at the top, the screen's content,
// and the bottom bar: Back at its left end, the language and accessibility choices, and the
// screen's own actions (``actions``, or a FlowPage's) at its right end. Home and Finish are
// quiet buttons in the header's corner, away from the screen's main action.
//
// In the low-reach layout every control sits below App.theme.reachTop: the header with the
// title takes the upper part, and Home and Finish move into the bottom bar.
Item {
    id: frame

    property string title
    property string instructions
    default property alias content: contentArea.data
    // The screen's own buttons, at the right end of the bottom bar.
    property alias actions: actionDock.data
    // False where going back makes no sense for this screen.
    property bool showBack: true
    // True while the resident must not leave: Home and Finish are shown but disabled.
    property bool leaveBlocked: false
    // The flow page shown in this frame; its own showBack and leaveBlocked count too.
    property FlowPage page: null
    readonly property Item actionDock: actionDock

    readonly property int margin: App.theme.spacing * 2
    readonly property bool lowReach: App.theme.reachTop > 0
    readonly property bool backShown:
        App.session.canGoBack && frame.showBack && (!frame.page || frame.page.showBack)
    readonly property bool mayLeave:
        App.session.canLeave && !frame.leaveBlocked && !(frame.page && frame.page.leaveBlocked)

    Component.onCompleted: App.speech.announce(title, instructions)

    // Home and Finish: always there in a session, quiet, and disabled while leaving is not allowed.
    component LeaveButtons: Row {
        id: leave
        property bool active
        visible: active
        spacing: App.theme.spacing

        KButton {
            objectName: leave.active ? "homeButton" : ""
            role: "quiet"
            text: qsTr("Home")
            visible: App.session.screen !== "Home"
            enabled: frame.mayLeave
            onClicked: App.session.home()
        }
        KButton {
            objectName: leave.active ? "finishButton" : ""
            role: "quiet"
            text: qsTr("Finish")
            detail: qsTr("End and clear everything you entered")
            visible: !(frame.page && frame.page.endsVisit)  // the page's own Finish is the one
            enabled: frame.mayLeave
            onClicked: App.session.finish()
        }
    }

    Rectangle { anchors.fill: parent; color: App.theme.background }

    Rectangle {
        id: header
        readonly property int natural:
            Math.max(headerText.implicitHeight, corner.visible ? corner.implicitHeight : 0) + 2 * frame.margin
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: frame.lowReach && !App.keyboardOpen
                ? Math.max(App.theme.reachTop - offlineBanner.height, natural) : natural
        color: App.theme.surface
        border.color: App.theme.border

        Column {
            id: headerText
            anchors.left: parent.left
            anchors.right: corner.visible ? corner.left : parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: frame.margin
            anchors.rightMargin: frame.margin
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
                font.pixelSize: frame.lowReach ? Math.round(App.theme.titleSize * 1.2) : App.theme.titleSize
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

        Row {
            id: corner
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: frame.margin
            spacing: App.theme.spacing
            visible: !frame.lowReach
            LeaveButtons { active: corner.visible }
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
        objectName: "screenContent"  // what Help reads aloud, in speech mode
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
        height: Math.max(choices.implicitHeight, actionDock.implicitHeight) + 2 * App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.border

        Flow {
            id: choices
            anchors.left: parent.left
            anchors.leftMargin: frame.margin
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - actionDock.width - 3 * frame.margin
            spacing: App.theme.spacing

            KButton {
                objectName: "backButton"
                text: qsTr("Back")
                visible: frame.backShown
                onClicked: App.session.back()
            }
            LeaveButtons { active: frame.lowReach }
            KButton {
                objectName: "languageButton"
                role: "quiet"
                text: qsTr("Language")
                detail: qsTr("Choose the language of the screens")
                onClicked: languagePanel.visible = true
            }
            KButton {
                objectName: "accessibilityButton"
                role: "quiet"
                text: qsTr("Accessibility")
                detail: qsTr("Large text, high contrast, low reach and speech")
                onClicked: accessibilityPanel.visible = true
            }
        }

        Row {
            id: actionDock
            objectName: "screenActions"
            anchors.right: parent.right
            anchors.rightMargin: frame.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: App.theme.spacing
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
                // Shown as chosen, but never flipped by the button itself: the session decides.
                checked: App.session.language === code
                Accessible.checkable: true
                Accessible.checked: checked
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

        KToggle {
            objectName: "largeTextToggle"
            text: qsTr("Large text")
            on: App.session.largeText
            onClicked: App.session.toggle("large_text")
        }
        KToggle {
            objectName: "highContrastToggle"
            text: qsTr("High contrast")
            on: App.session.highContrast
            onClicked: App.session.toggle("high_contrast")
        }
        KToggle {
            objectName: "lowReachToggle"
            text: qsTr("Low reach")
            detail: qsTr("All buttons in the lower part of the screen")
            on: App.session.lowReach
            onClicked: App.session.toggle("low_reach")
        }
        KToggle {
            objectName: "speechToggle"
            text: qsTr("Speech")
            detail: qsTr("Reads the screen aloud")
            on: App.session.speech
            onClicked: App.session.toggle("speech")
        }
        KLabel {
            // Where to plug headphones in for private listening, from [kiosk.hardware].
            objectName: "headphoneJack"
            width: parent.width
            visible: text.length > 0
            text: App.listening ? App.listening.jackText : ""
        }
    }
}
