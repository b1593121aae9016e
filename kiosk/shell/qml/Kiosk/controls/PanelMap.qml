pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The kiosk's front as the resident faces it: the screen in the middle and each part where the
// terminal's layout puts it (``parts``: part → {row, column}); the parts in ``highlight`` glow.
Item {
    id: map

    property var parts: ({})
    property var highlight: []
    readonly property var rows: ["top", "middle", "bottom"]
    readonly property var columns: ["left", "center", "right"]
    readonly property var columnX: [0, 60, 180]
    readonly property var columnWidth: [60, 120, 60]
    readonly property var rowY: [0, 80, 200]
    readonly property var rowHeight: [80, 120, 100]

    implicitWidth: 240
    implicitHeight: 300

    function cellParts(row, column) {
        return Object.keys(map.parts || {}).filter(p => map.parts[p].row === row
                                                 && map.parts[p].column === column)
    }

    Rectangle {
        // The kiosk's body.
        anchors.fill: parent
        radius: 12
        color: "#D5DBE1"
        border.color: App.theme.text
        border.width: 3
    }
    Rectangle {
        // This screen.
        x: 68; y: 88; width: 104; height: 104; radius: 4
        color: "#1F3A56"
        border.color: App.theme.text
        border.width: 2
        Rectangle { x: 10; y: 12; width: 60; height: 8; radius: 3; color: "#9FC2E6" }
        Rectangle { x: 10; y: 28; width: 84; height: 6; radius: 3; color: "#6F93B8" }
        Rectangle { x: 10; y: 40; width: 70; height: 6; radius: 3; color: "#6F93B8" }
    }

    Repeater {
        model: 9
        delegate: Column {
            id: cell
            required property int index
            readonly property int r: Math.floor(index / 3)
            readonly property int c: index % 3
            readonly property var here: map.cellParts(map.rows[r], map.columns[c])
            x: map.columnX[c] + (map.columnWidth[c] - width) / 2
            y: map.rowY[r] + (map.rowHeight[r] - height) / 2
            spacing: 4

            Repeater {
                model: cell.here
                delegate: PartMark {
                    required property string modelData
                    part: modelData
                    lit: map.highlight.indexOf(modelData) >= 0
                    wide: cell.c === 1
                }
            }
        }
    }
}
