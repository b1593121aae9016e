import QtQuick
import Kiosk

// A step where the kiosk works and the resident waits: a turning wheel and what is happening.
FlowPage {
    id: page

    property string message

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: App.theme.spacing * 2

        Spinner { anchors.horizontalCenter: parent.horizontalCenter }

        KLabel {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: page.message
            font.pixelSize: App.theme.titleSize
        }
    }
}
