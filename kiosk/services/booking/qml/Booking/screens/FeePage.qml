import QtQuick
import Kiosk
import Booking

// What is about to be booked and what it costs; Book holds the room, paying comes after.
FlowPage {
    id: page

    readonly property var model: BookingService.model

    title: qsTr("Check the booking and the fee")
    instructions: qsTr("If this is right, touch Book. You choose next whether to pay here or at the counter.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing

        Notice {
            objectName: "feeChanged"
            width: parent.width
            visible: page.model.feeChanged
            text: page.model.noticeText
        }
        KLabel {
            objectName: "feePlace"
            width: parent.width
            text: page.model.placeName
        }
        KLabel {
            objectName: "feeChoice"
            width: parent.width
            text: page.model.choiceText
            font.bold: true
        }

        // The fee beside its name, large: the one number the resident checks here.
        Row {
            spacing: App.theme.spacing * 2
            topPadding: App.theme.spacing

            KLabel {
                anchors.baseline: feeAmount.baseline
                text: qsTr("Fee")
                font.pixelSize: App.theme.titleSize
            }
            KLabel {
                id: feeAmount
                objectName: "feeAmount"
                text: page.model.feeText
                font.pixelSize: Math.round(App.theme.titleSize * 1.6)
                font.bold: true
                color: App.theme.accent
            }
        }

        KLabel {
            objectName: "visitorFee"
            width: parent.width
            visible: page.model.visitorFee
            text: qsTr("This is the fee for people who do not live in the city, as your card shows.")
        }
        KLabel {
            objectName: "cancelRule"
            width: parent.width
            visible: text.length > 0
            text: page.model.cancelRule
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "bookButton"
            text: qsTr("Book")
            primary: true
            onClicked: page.model.book()
        }
    ]
}
