pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Technician

// The touch test: a grid over the whole page, each square turning green once touched.
Item {
    id: touch

    readonly property var menu: App.overlay

    objectName: "technicianTouchGrid"

    Row {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing * 2

        Text {
            width: parent.width - controls.width - parent.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: touch.menu.rows.length > 0
                  ? touch.menu.rows[0].label + "  " + touch.menu.rows[0].value : ""
            font.family: App.theme.fontFamily
            font.pixelSize: App.theme.fontSize * 0.8
            color: "#263238"
            wrapMode: Text.Wrap
        }
        PageButtons {
            id: controls
            width: parent.width * 0.45
            layoutDirection: Qt.RightToLeft
            menu: touch.menu
        }
    }

    Grid {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.topMargin: App.theme.spacing
        columns: touch.menu.touchColumns
        readonly property real cellWidth: width / touch.menu.touchColumns
        readonly property real cellHeight: height / touch.menu.touchRows

        Repeater {
            model: touch.menu.touchColumns * touch.menu.touchRows
            delegate: Rectangle {
                id: cell
                required property int index
                width: grid.cellWidth
                height: grid.cellHeight
                color: touch.menu.touchedCells[cell.index] ? "#66BB6A" : "#FFFFFF"
                border.color: "#90A4AE"
                border.width: 1
                MouseArea {
                    objectName: "touchCell" + cell.index
                    anchors.fill: parent
                    onPressed: touch.menu.touchCell(cell.index)
                }
            }
        }
    }
}
