pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// What the grid's marks and patterns mean, drawn as the cells are drawn.
Flow {
    id: legend

    property var entries: []
    readonly property int swatch: Math.round(App.theme.fontSize * 1.6)

    spacing: App.theme.spacing
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("What the marks mean")

    Repeater {
        model: legend.entries
        delegate: Row {
            id: entry
            required property var modelData
            objectName: "legend_" + modelData.state
            spacing: Math.round(App.theme.spacing / 2)
            readonly property bool open: modelData.state === "free" || modelData.state === "lottery"

            Rectangle {
                width: legend.swatch
                height: legend.swatch
                radius: 4
                color: entry.open ? App.theme.surface : App.theme.background
                border.color: App.theme.border
                CellPattern {
                    anchors.fill: parent
                    anchors.margins: 1
                    pattern: entry.modelData.pattern
                    ink: App.theme.mutedText
                    opacity: 0.5
                }
                Rectangle {
                    anchors.centerIn: parent
                    width: markText.implicitWidth + 4
                    height: markText.implicitHeight
                    color: parent.color
                    Text {
                        id: markText
                        anchors.centerIn: parent
                        text: entry.modelData.mark
                        color: entry.open ? App.theme.text : App.theme.mutedText
                        font.family: App.theme.fontFamily
                        font.pixelSize: Math.round(App.theme.fontSize * 0.8)
                        font.bold: true
                    }
                }
            }
            KLabel {
                anchors.verticalCenter: parent.verticalCenter
                text: entry.modelData.text
                lineHeight: 1.0
            }
        }
    }

    Row {
        objectName: "legend_picked"
        spacing: Math.round(App.theme.spacing / 2)
        Rectangle {
            width: legend.swatch
            height: legend.swatch
            radius: 4
            color: App.theme.accent
            border.width: 3
            border.color: App.theme.text
            Text {
                anchors.centerIn: parent
                text: "✓"
                color: App.theme.accentText
                font.family: App.theme.fontFamily
                font.pixelSize: Math.round(App.theme.fontSize * 0.8)
                font.bold: true
            }
        }
        KLabel {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Your choice")
            lineHeight: 1.0
        }
    }
}
