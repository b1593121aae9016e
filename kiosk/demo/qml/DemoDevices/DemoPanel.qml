pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// "Demo devices": the hands of a resident at `machikado demo` (cards on the reader, money).
Window {
    id: panel

    required property var devices
    // The city's disaster desk (DemoDesk), or null: then its buttons are not shown.
    property var desk: null

    title: "Demo devices"
    width: 460
    height: 760
    visible: true
    color: "#f4f4f4"

    ScrollView {
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 8

            Label {
                text: "My Number cards (PIN " + panel.devices.pin + ")"
                font.bold: true
                font.pixelSize: 18
            }

            Repeater {
                model: panel.devices.cards

                delegate: RowLayout {
                    id: cardRow

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    spacing: 8

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            text: cardRow.modelData.name
                            font.bold: panel.devices.placed === cardRow.index
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Label {
                            text: cardRow.modelData.offers
                            color: "#555555"
                            font.pixelSize: 12
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                    }
                    Button {
                        objectName: "place_" + cardRow.index
                        text: panel.devices.placed === cardRow.index ? "On reader" : "Place"
                        enabled: panel.devices.placed !== cardRow.index
                        onClicked: panel.devices.place(cardRow.index)
                    }
                }
            }

            Button {
                objectName: "removeCard"
                text: "Remove the card"
                enabled: panel.devices.placed >= 0
                Layout.fillWidth: true
                onClicked: panel.devices.remove()
            }

            Label {
                text: "Payment"
                font.bold: true
                font.pixelSize: 18
                Layout.topMargin: 12
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Button {
                    objectName: "insert1000"
                    text: "Insert ¥1000 note"
                    onClicked: panel.devices.insertCash(1000)
                }
                Button {
                    objectName: "insert100"
                    text: "Insert ¥100 coin"
                    onClicked: panel.devices.insertCash(100)
                }
            }

            Button {
                objectName: "tapIc"
                text: "Tap an IC card"
                Layout.fillWidth: true
                onClicked: panel.devices.tapIcCard()
            }

            Button {
                objectName: "headphones"
                visible: panel.devices.hasJack
                text: panel.devices.headphones ? "Unplug the headphones" : "Plug in headphones"
                Layout.fillWidth: true
                onClicked: panel.devices.toggleHeadphones()
            }

            Label {
                objectName: "status"
                text: panel.devices.status
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }

            Label {
                visible: panel.desk !== null
                text: "The city's disaster desk"
                font.bold: true
                font.pixelSize: 18
                Layout.topMargin: 12
            }

            RowLayout {
                visible: panel.desk !== null
                Layout.fillWidth: true
                spacing: 8

                Button {
                    objectName: "issueAdvisory"
                    text: "Heavy rain advisory"
                    enabled: panel.desk !== null && !panel.desk.busy
                    onClicked: panel.desk.issueAdvisory()
                }
                Button {
                    objectName: "issueOrder"
                    text: "Evacuation order"
                    enabled: panel.desk !== null && !panel.desk.busy
                    onClicked: panel.desk.issueOrder()
                }
            }

            Button {
                objectName: "cancelAlerts"
                visible: panel.desk !== null
                text: "Cancel the city's alerts"
                enabled: panel.desk !== null && panel.desk.issued && !panel.desk.busy
                Layout.fillWidth: true
                onClicked: panel.desk.cancelAll()
            }

            Label {
                objectName: "deskStatus"
                visible: panel.desk !== null && text.length > 0
                text: panel.desk !== null ? panel.desk.status : ""
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }
}
