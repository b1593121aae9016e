pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A facility's week as a touch grid: a column a day, a row a room's time of day. The days stay
// on top and the rooms' names at the left while the rows scroll.
Item {
    id: grid

    property var days: []
    property var rows: []
    signal tapped(string unit, string date, string division)

    readonly property int unitWidth: Math.round(width * 0.12)
    readonly property int divisionWidth: Math.round(width * 0.10)
    readonly property int dayWidth: Math.floor((width - unitWidth - divisionWidth) / Math.max(1, days.length))
    // A row is as tall as a cell's mark and words need: two lines of words where a state's words
    // are wider than a day's column (やさしい日本語, large text), else one.
    readonly property int wordLines: {
        const room = dayWidth - grid.gap - App.theme.spacing
        for (const row of grid.rows)
            for (const cell of row.cells)
                if (wordsFont.advanceWidth(cell.text) > room)
                    return 2
        return 1
    }
    readonly property int rowHeight: Math.max(App.theme.touchTarget,
                                              Math.ceil(markFont.height + wordLines * wordsFont.height)
                                              + Math.round(App.theme.spacing * 1.5))
    readonly property int gap: 2
    // The rows grouped by room, so each room's name stands once beside its times of day.
    readonly property var units: {
        const found = []
        for (const row of grid.rows) {
            if (!found.length || found[found.length - 1].unit !== row.unit)
                found.push({ unit: row.unit, unitName: row.unitName, capacity: row.capacity, rows: [] })
            found[found.length - 1].rows.push(row)
        }
        return found
    }

    Weekdays { id: weekdays }
    FontMetrics {
        id: markFont
        font.family: App.theme.fontFamily
        font.pixelSize: Math.round(App.theme.fontSize * 1.2)
        font.bold: true
    }
    FontMetrics {
        id: wordsFont
        font.family: App.theme.fontFamily
        font.pixelSize: Math.round(App.theme.fontSize * 0.75)
    }

    Row {
        id: header
        objectName: "weekHeader"
        anchors.left: parent.left
        anchors.right: parent.right
        height: Math.max(App.theme.touchTarget, dayHeads.implicitHeight)

        Item { width: grid.unitWidth + grid.divisionWidth; height: 1 }
        Row {
            id: dayHeads
            Repeater {
                model: grid.days
                delegate: Rectangle {
                    id: head
                    required property var modelData
                    objectName: "day_" + modelData.date
                    width: grid.dayWidth
                    height: header.height
                    color: modelData.today ? App.theme.accent : "transparent"
                    radius: Math.round(App.theme.spacing / 2)
                    implicitHeight: headWords.implicitHeight + App.theme.spacing
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: modelData.label + " " + weekdays.name(modelData.weekday)

                    Column {
                        id: headWords
                        anchors.centerIn: parent
                        width: parent.width
                        KLabel {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: weekdays.name(head.modelData.weekday)
                                  + (head.modelData.today ? " · " + qsTr("Today") : "")
                            font.bold: true
                            lineHeight: 1.0
                            color: head.modelData.today ? App.theme.accentText
                                 : head.modelData.past ? App.theme.mutedText : App.theme.text
                        }
                        KLabel {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: head.modelData.short
                            font.pixelSize: Math.round(App.theme.fontSize * 0.85)
                            lineHeight: 1.0
                            color: head.modelData.today ? App.theme.accentText
                                 : head.modelData.past ? App.theme.mutedText : App.theme.text
                        }
                    }
                }
            }
        }
    }

    Flickable {
        id: body
        objectName: "weekBody"
        anchors.top: header.bottom
        anchors.topMargin: grid.gap
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        contentWidth: width
        contentHeight: unitColumn.implicitHeight
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: body.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        Column {
            id: unitColumn
            width: body.width
            spacing: grid.gap * 3

            Repeater {
                model: grid.units
                delegate: Row {
                    id: unitRows
                    required property var modelData

                    Rectangle {
                        objectName: "unit_" + unitRows.modelData.unit
                        width: grid.unitWidth - grid.gap
                        height: Math.max(divisions.implicitHeight, labels.implicitHeight + App.theme.spacing)
                        color: App.theme.surface
                        border.color: App.theme.border
                        radius: Math.round(App.theme.spacing / 2)
                        Accessible.role: Accessible.RowHeader
                        Accessible.name: unitRows.modelData.unitName

                        Column {
                            id: labels
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.margins: Math.round(App.theme.spacing / 2)
                            KLabel {
                                id: unitName
                                width: parent.width
                                text: unitRows.modelData.unitName
                                font.bold: true
                                lineHeight: 1.1
                            }
                            KLabel {
                                width: parent.width
                                visible: unitRows.modelData.capacity > 0
                                text: qsTr("Up to %1 people").arg(unitRows.modelData.capacity)
                                font.pixelSize: Math.round(App.theme.fontSize * 0.8)
                                color: App.theme.mutedText
                                lineHeight: 1.1
                            }
                        }
                    }
                    Item { width: grid.gap; height: 1 }

                    Column {
                        id: divisions
                        spacing: grid.gap
                        Repeater {
                            model: unitRows.modelData.rows
                            delegate: Row {
                                id: row
                                required property var modelData
                                spacing: grid.gap

                                Item {
                                    width: grid.divisionWidth - grid.gap
                                    height: grid.rowHeight
                                    Column {
                                        anchors.verticalCenter: parent.verticalCenter
                                        width: parent.width - App.theme.spacing / 2
                                        KLabel {
                                            width: parent.width
                                            text: row.modelData.divisionName
                                            font.bold: true
                                            lineHeight: 1.0
                                            elide: Text.ElideRight
                                        }
                                        KLabel {
                                            width: parent.width
                                            // A division without a name of its own is named by its hours.
                                            visible: row.modelData.named
                                            text: row.modelData.hours
                                            font.pixelSize: Math.round(App.theme.fontSize * 0.8)
                                            color: App.theme.mutedText
                                            lineHeight: 1.0
                                            elide: Text.ElideRight
                                        }
                                    }
                                }

                                Repeater {
                                    model: row.modelData.cells
                                    delegate: GridCell {
                                        id: gridCell
                                        required property var modelData
                                        required property int index
                                        readonly property var day: grid.days[index] || {}
                                        // A page being replaced may drop its rows before their cells.
                                        readonly property var line: row ? row.modelData : ({})
                                        objectName: "cell_" + line.unit + "_" + modelData.date
                                                    + "_" + line.division
                                        width: grid.dayWidth - grid.gap
                                        height: grid.rowHeight
                                        cellState: modelData.state
                                        mark: modelData.mark
                                        pattern: modelData.pattern
                                        words: modelData.text
                                        picked: modelData.picked
                                        past: day.past === true
                                        text: [day.label, weekdays.name(day.weekday || ""),
                                               line.unitName, line.divisionName,
                                               line.named ? line.hours : ""].join(" ")
                                        detail: picked ? qsTr("%1, chosen").arg(modelData.text)
                                                       : modelData.text
                                        onClicked: grid.tapped(row.modelData.unit, gridCell.modelData.date,
                                                               row.modelData.division)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
