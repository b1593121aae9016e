import QtQuick
import Kiosk
import Booking

// The lottery wish picked on the grid, as a card: the day and times, the facility and room.
Rectangle {
    id: card

    readonly property var wish: BookingService.model.wish
    // Between the parts of a line: a wide space in Japanese and Chinese, a dot elsewhere.
    readonly property string gap: ["ja", "ja-easy", "zh-Hans"].indexOf(App.session.language) >= 0 ? "　" : " · "

    implicitHeight: body.implicitHeight + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: App.theme.accent
    border.width: 3

    Column {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 3

        KLabel {
            width: parent.width
            text: qsTr("Your wish")
            color: App.theme.link
            font.bold: true
        }
        KLabel {
            objectName: "wishText"
            width: parent.width
            text: [card.wish.date, card.wish.times].filter(Boolean).join(card.gap)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }
        KLabel {
            width: parent.width
            text: [card.wish.place, card.wish.room].filter(Boolean).join(card.gap)
        }
    }
}
