pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// One lottery entry as a card: its month and facility, and each wish with its result once
// drawn (won, a place on the waiting list, not won), or the day of the draw before it.
Rectangle {
    id: card

    required property var entry
    // Between the parts of a line: a wide space in Japanese and Chinese, a dot elsewhere.
    readonly property string gap: ["ja", "ja-easy", "zh-Hans"].indexOf(App.session.language) >= 0 ? "　" : " · "

    implicitHeight: body.implicitHeight + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: App.theme.border
    border.width: 2

    Column {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 2

        KLabel {
            width: parent.width
            text: [qsTr("Lottery for %1").arg(card.entry.monthText), card.entry.place]
                .filter(Boolean).join(card.gap)
            font.bold: true
        }
        KLabel {
            objectName: "entryDraw_" + card.entry.id
            width: parent.width
            visible: !card.entry.drawn
            text: card.entry.drawDate
                ? qsTr("Not drawn yet. The draw is on %1.").arg(card.entry.drawDate)
                : qsTr("Not drawn yet.")
            color: App.theme.mutedText
        }

        Repeater {
            model: card.entry.wishes
            delegate: Column {
                id: wish
                required property var modelData
                required property int index
                width: body.width
                spacing: App.theme.spacing / 4

                KLabel {
                    width: parent.width
                    text: qsTr("Wish %1: %2").arg(wish.index + 1)
                        .arg([wish.modelData.date, wish.modelData.times, wish.modelData.room].filter(Boolean).join(card.gap))
                    font.bold: true
                }
                KLabel {
                    objectName: "wishResult_" + card.entry.id + "_" + wish.index
                    width: parent.width
                    visible: card.entry.drawn
                    color: wish.modelData.won ? App.theme.link : App.theme.mutedText
                    font.bold: wish.modelData.won
                    text: wish.modelData.won
                        ? (wish.modelData.confirmBy
                            ? qsTr("Won. It is among your bookings, held for you until %1.")
                                .arg(wish.modelData.confirmBy)
                            : qsTr("Won. It is among your bookings."))
                        : wish.modelData.waiting > 0
                            ? qsTr("Not won this time. You are number %1 on the waiting list.")
                                .arg(wish.modelData.waiting)
                            : qsTr("Not won this time.")
                }
            }
        }
    }
}
