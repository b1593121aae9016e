pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One tile per service this terminal offers; an unavailable one says why.
ScreenFrame {
    title: qsTr("Welcome")
    instructions: qsTr("Choose a service.")

    GridView {
        id: grid
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: about.top
        model: App.services
        interactive: contentHeight > height
        cellWidth: width / Math.max(1, Math.floor(width / (App.theme.touchTarget * 7)))
        cellHeight: App.theme.touchTarget * 3
        delegate: Item {
            id: tile
            required property string serviceId
            required property bool available
            required property string title
            required property string description
            width: grid.cellWidth
            height: grid.cellHeight

            KButton {
                objectName: "tile_" + tile.serviceId
                anchors.fill: parent
                anchors.margins: App.theme.spacing
                enabled: tile.available
                text: tile.title
                detail: tile.description
                onClicked: App.session.openService(tile.serviceId)
                contentItem: Column {
                    spacing: App.theme.spacing
                    KLabel {
                        width: parent.width
                        text: tile.title
                        font.pixelSize: App.theme.titleSize
                        font.bold: true
                        color: tile.available ? App.theme.text : App.theme.disabledText
                    }
                    KLabel {
                        width: parent.width
                        text: tile.description
                        color: tile.available ? App.theme.mutedText : App.theme.disabledText
                    }
                }
            }
        }
    }

    // A line about the city (the sample city says it is fictional); a real city has none.
    KLabel {
        id: about
        objectName: "cityAbout"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: text.length > 0
        height: visible ? implicitHeight : 0
        text: App.city.about
        color: App.theme.mutedText
    }
}
