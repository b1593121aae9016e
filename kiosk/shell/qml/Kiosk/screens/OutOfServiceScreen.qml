pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The kiosk cannot serve: say so in every language in turn, say where to ask (the city's
// contact from the terminal's config), and, small, what a technician needs to find it.
Rectangle {
    id: screen

    property int current: 0

    color: App.theme.background

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: App.clock.refresh()
    }

    Timer {
        objectName: "languageTurn"
        interval: 5000
        running: languages.count > 1
        repeat: true
        onTriggered: screen.current = (screen.current + 1) % languages.count
    }

    Item {
        id: words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: technical.top
        anchors.margins: App.theme.spacing * 4

        Repeater {
            id: languages
            model: App.languages
            delegate: Column {
                id: page
                required property int index
                required property string code
                required property string fontFamily
                required property string outOfService
                required property string outOfServiceSorry
                required property string outOfServiceContact
                required property string phone
                readonly property bool shown: index === screen.current

                objectName: shown ? "outOfServicePage" : ""
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                spacing: App.theme.spacing * 3
                opacity: shown ? 1 : 0
                visible: shown || opacity > 0
                Behavior on opacity { NumberAnimation { duration: 400 } }

                KLabel {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: page.outOfService
                    font.family: page.fontFamily
                    font.pixelSize: App.theme.titleSize * 2
                    font.bold: true
                }
                KLabel {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: page.outOfServiceSorry
                    font.family: page.fontFamily
                    font.pixelSize: App.theme.titleSize
                }
                Rectangle {
                    // The city's contact: who to ask, where, and the number to call.
                    id: contactBox
                    readonly property int room: page.width - 4 * App.theme.spacing
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: App.city.contactText.length > 0 || App.city.contactPhone.length > 0
                    width: contact.width + 4 * App.theme.spacing
                    height: contact.height + 3 * App.theme.spacing
                    radius: App.theme.spacing
                    color: App.theme.surface
                    border.color: App.theme.border
                    border.width: 2

                    Column {
                        id: contact
                        anchors.centerIn: parent
                        spacing: App.theme.spacing
                        KLabel {
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Math.min(implicitWidth, contactBox.room)
                            horizontalAlignment: Text.AlignHCenter
                            text: page.outOfServiceContact
                            font.family: page.fontFamily
                            color: App.theme.mutedText
                        }
                        KLabel {
                            objectName: page.shown ? "cityContact" : ""
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Math.min(implicitWidth, contactBox.room)
                            horizontalAlignment: Text.AlignHCenter
                            visible: text.length > 0
                            text: App.city.contactText
                            font.bold: true
                        }
                        KLabel {
                            objectName: page.shown ? "cityPhone" : ""
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Math.min(implicitWidth, contactBox.room)
                            horizontalAlignment: Text.AlignHCenter
                            visible: App.city.contactPhone.length > 0
                            text: page.phone.arg(App.city.contactPhone)
                            font.family: page.fontFamily
                            font.pixelSize: App.theme.titleSize
                            font.bold: true
                        }
                    }
                }
            }
        }
    }

    Column {
        id: technical
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: App.theme.spacing * 2
        spacing: App.theme.spacing / 2

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
            text: qsTr("Terminal %1 · %2").arg(App.session.terminalId).arg(App.clock.now)
            color: App.theme.mutedText
        }
    }
}
