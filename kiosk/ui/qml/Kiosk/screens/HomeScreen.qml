import QtQuick
import Kiosk

// One tile per service this terminal offers; an unavailable one says why.
ScreenFrame {
    title: qsTr("Welcome")
    instructions: qsTr("Choose a service.")

    GridView {
        id: grid
        anchors.fill: parent
        model: App.services
        interactive: contentHeight > height
        cellWidth: Math.max(width / 3, App.theme.touchTarget * 5)
        cellHeight: App.theme.touchTarget * 3
        delegate: Item {
            required property string serviceId
            required property bool available
            required property string reason
            width: grid.cellWidth
            height: grid.cellHeight

            KButton {
                objectName: "tile_" + serviceId
                anchors.fill: parent
                anchors.margins: App.theme.spacing
                enabled: available
                text: Texts.serviceTitle(serviceId, App.session.language)
                detail: available ? Texts.serviceDescription(serviceId, App.session.language)
                                  : Texts.reason(reason, App.session.language)
                font.pixelSize: App.theme.titleSize
                font.bold: true
                onClicked: App.session.openService(serviceId)
            }
            KLabel {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: App.theme.spacing * 2
                horizontalAlignment: Text.AlignHCenter
                text: available ? Texts.serviceDescription(serviceId, App.session.language)
                                : Texts.reason(reason, App.session.language)
                color: available ? App.theme.mutedText : App.theme.disabledText
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
}
