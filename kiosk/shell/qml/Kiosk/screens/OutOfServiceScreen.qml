import QtQuick
import Kiosk

// The kiosk cannot serve: say so plainly, with what a technician needs to find it.
Rectangle {
    id: screen

    color: App.theme.background

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: App.clock.refresh()
    }

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: App.theme.spacing * 3

        KLabel {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Out of service")
            font.pixelSize: App.theme.titleSize * 2
            font.bold: true
        }
        KLabel {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Sorry, this kiosk cannot be used right now. Please ask at the counter.")
            font.pixelSize: App.theme.titleSize
        }
        KLabel {
            objectName: "faultText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: App.session.faultText
            color: App.theme.mutedText
        }
        KLabel {
            objectName: "terminalInfo"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Terminal %1 · %2").arg(App.session.terminalId)
                  .arg(App.clock.now)
            color: App.theme.mutedText
        }
    }
}
