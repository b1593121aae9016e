import QtQuick
import Kiosk

// "Do you need more time?" over everything, with the countdown to the wipe.
Item {
    id: warning

    readonly property string question: qsTr("Do you need more time?")
    readonly property string countdown:
        qsTr("This screen will reset in %1 seconds.").arg(App.session.secondsLeft)

    // The keypad's arrows stay on the warning's buttons while it is shown.
    readonly property bool modal: true

    visible: App.session.idleWarning
    z: 100
    onVisibleChanged: if (visible) App.speech.alert(question + " " + countdown)

    Rectangle {
        anchors.fill: parent
        color: "#000000"
        opacity: 0.6
        MouseArea { anchors.fill: parent }  // the screen below waits for an answer
    }

    Rectangle {
        id: card
        objectName: "idleWarningCard"
        width: Math.min(parent.width - 4 * App.theme.spacing, column.implicitWidth + 4 * App.theme.spacing)
        height: column.implicitHeight + 4 * App.theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        y: App.theme.reachTop > 0 ? parent.height - height - 2 * App.theme.spacing
                                  : (parent.height - height) / 2
        radius: App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.warning
        border.width: App.theme.spacing / 2

        Column {
            id: column
            anchors.centerIn: parent
            spacing: App.theme.spacing * 2

            KLabel {
                anchors.horizontalCenter: parent.horizontalCenter
                text: warning.question
                font.pixelSize: App.theme.titleSize
                font.bold: true
            }
            KLabel {
                objectName: "idleCountdown"
                anchors.horizontalCenter: parent.horizontalCenter
                text: warning.countdown
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: App.theme.spacing * 2
                KButton {
                    objectName: "moreTimeButton"
                    text: qsTr("Yes, I need more time")
                    primary: true
                    onClicked: App.session.extend()
                }
                KButton {
                    text: qsTr("Finish")
                    onClicked: App.session.finish()
                }
            }
        }
    }
}
