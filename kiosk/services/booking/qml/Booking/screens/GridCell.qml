import QtQuick
import Kiosk

// One division of one day on the week grid: its mark and words over its state's pattern. A
// picked cell is filled, ticked and thickly framed; a day gone by is greyed.
KButton {
    id: cell

    property string cellState: "free"
    property string mark
    property string pattern: "plain"
    property string words
    property bool picked: false
    property bool past: false
    readonly property bool open: cellState === "free" || cellState === "lottery"
    readonly property color ink: picked ? App.theme.accentText
                                : past || !open ? App.theme.mutedText : App.theme.text
    readonly property color base: picked ? App.theme.accent
                                 : open && !past ? App.theme.surface : App.theme.background

    padding: Math.round(App.theme.spacing / 2)
    Accessible.name: text + ". " + (past ? qsTr("This day has passed.") : detail)
    Accessible.checkable: open
    Accessible.checked: picked

    background: Rectangle {
        radius: Math.round(App.theme.spacing / 2)
        color: cell.base
        opacity: cell.down ? 0.75 : 1.0
        border.width: cell.visualFocus ? Math.max(4, App.theme.spacing / 3)
                    : cell.picked ? Math.max(5, Math.round(App.theme.spacing / 2)) : 1
        border.color: cell.visualFocus ? App.theme.focus
                    : cell.picked ? App.theme.text : App.theme.border

        CellPattern {
            anchors.fill: parent
            anchors.margins: parent.border.width
            visible: !cell.picked && !cell.past
            pattern: cell.pattern
            ink: App.theme.mutedText
            opacity: 0.5
        }
    }

    contentItem: Item {
        implicitHeight: plate.height
        implicitWidth: App.theme.touchTarget  // a cell is as wide as its day's column

        Rectangle {
            // The words sit on the cell's own colour so the pattern never runs through them.
            id: plate
            anchors.centerIn: parent
            width: Math.min(parent.width, words.implicitWidth + App.theme.spacing)
            height: Math.min(parent.height, column.implicitHeight + Math.round(App.theme.spacing / 2))
            radius: Math.round(App.theme.spacing / 3)
            color: cell.base

            Column {
                id: column
                anchors.centerIn: parent
                width: parent.width

                Text {
                    objectName: "cellMark"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: cell.picked ? "✓" : cell.past ? "－" : cell.mark
                    color: cell.ink
                    font.family: App.theme.fontFamily
                    font.pixelSize: Math.round(App.theme.fontSize * 1.2)
                    font.bold: true
                }
                Text {
                    id: words
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: cell.picked ? qsTr("Chosen") : cell.past ? qsTr("Passed") : cell.words
                    color: cell.ink
                    font.family: App.theme.fontFamily
                    font.pixelSize: Math.round(App.theme.fontSize * 0.75)
                    font.bold: cell.picked
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
