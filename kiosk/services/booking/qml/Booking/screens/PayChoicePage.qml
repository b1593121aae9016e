pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Booking

// The room is held: pay here now, or at the facility's counter by the deadline. Without a
// working payment unit only the counter is offered.
FlowPage {
    id: page

    readonly property var model: BookingService.model
    readonly property string payBy: model.booking.payBy ?? ""

    showBack: false  // the room is held: the choice is where to pay
    title: qsTr("Where do you want to pay?")
    instructions: qsTr("The room is held for you. The fee is %1.").arg(model.booking.fee ?? "")

    ScrollColumn {
        id: column
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "payHereUnavailable"
            width: parent.width
            visible: !page.model.canPayHere
            text: qsTr("The payment unit cannot be used now. Please pay at the facility's counter.")
        }

        KLabel {
            objectName: "payChoiceSlot"
            width: parent.width
            text: [page.model.booking.place ?? "", page.model.booking.slot ?? ""]
                .filter(part => part.length > 0).join("\n")
            font.bold: true
        }

        // The two ways side by side, equally large, each with what it means under it; one on
        // its own when the unit is not there.
        Row {
            id: ways
            readonly property int count: page.model.canPayHere ? 2 : 1
            readonly property real wayWidth: (width - spacing * (count - 1)) / count
            readonly property real wayHeight: Math.max(App.theme.touchTarget * 2.5,
                hereButton.implicitContentHeight + 2 * App.theme.spacing,
                counterButton.implicitContentHeight + 2 * App.theme.spacing)
            width: parent.width
            spacing: App.theme.spacing * 2

            Column {
                visible: page.model.canPayHere
                width: ways.wayWidth
                spacing: App.theme.spacing

                KButton {
                    id: hereButton
                    objectName: "payHereButton"
                    width: parent.width
                    height: ways.wayHeight
                    text: qsTr("Pay here now")
                    detail: hereDetail.text
                    font.pixelSize: App.theme.titleSize
                    onClicked: page.model.payHere()
                }
                KLabel {
                    id: hereDetail
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Cash or IC card")
                    color: App.theme.mutedText
                }
            }
            Column {
                width: ways.wayWidth
                spacing: App.theme.spacing

                KButton {
                    id: counterButton
                    objectName: "payCounterButton"
                    width: parent.width
                    height: ways.wayHeight
                    text: qsTr("Pay at the counter")
                    detail: counterDetail.text
                    font.pixelSize: App.theme.titleSize
                    onClicked: page.model.payAtCounter()
                }
                KLabel {
                    id: counterDetail
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: page.payBy.length > 0
                        ? qsTr("At the facility's counter by %1").arg(page.payBy)
                        : qsTr("At the facility's counter, in time")
                    color: App.theme.mutedText
                }
            }
        }

        KLabel {
            objectName: "counterRule"
            width: parent.width
            text: page.payBy.length > 0
                ? qsTr("A booking not paid by %1 is released.").arg(page.payBy)
                : qsTr("A booking not paid in time is released.")
            color: App.theme.mutedText
        }
    }
}
