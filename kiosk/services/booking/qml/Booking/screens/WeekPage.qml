import QtQuick
import Kiosk
import Booking

// A facility's week: the free times as a touch grid, the week before or after, what the marks
// mean, what is picked, and one way on (book, or enter the lottery).
FlowPage {
    id: page

    readonly property var model: BookingService.model

    title: model.placeName
    instructions: model.offline
                  ? qsTr("You can look at the free times. Booking is not possible now.")
                  : qsTr("Touch the free times you want. Then press the button at the bottom right.")

    Column {
        id: notices
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing / 2

        Notice {
            objectName: "weekOffline"
            width: parent.width
            visible: page.model.offline
            text: qsTr("These free times are the copy kept on this kiosk. Booking needs the city's booking system, which cannot be reached now.")
        }
        Notice {
            objectName: "weekNotice"
            width: parent.width
            // Off the network, "booking needs a connection" is already said just above.
            visible: page.model.noticeText.length > 0
                     && !(page.model.offline && page.model.notice === "booking.offline")
            text: page.model.noticeText
        }
    }

    Legend {
        id: legend
        objectName: "weekLegend"
        anchors.top: notices.bottom
        anchors.topMargin: notices.height > 0 ? App.theme.spacing / 2 : 0
        anchors.left: parent.left
        anchors.right: parent.right
        entries: page.model.legend
    }

    WeekGrid {
        id: grid
        objectName: "weekGrid"
        anchors.top: legend.bottom
        anchors.topMargin: App.theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.bottomMargin: App.theme.spacing / 2
        days: page.model.weekDays
        rows: page.model.weekRows
        // A tap is answered aloud too (in speech mode): why nothing happened, or what is picked.
        onTapped: (unit, date, division) => {
            page.model.tapCell(unit, date, division)
            App.speech.focused(page.model.noticeText ? page.model.noticeText
                               : page.model.chosen ? qsTr("Your choice: %1").arg(page.model.choiceText)
                               : qsTr("Nothing chosen yet."))
        }
    }

    // What is picked, and when the free times shown were read.
    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(choice.implicitHeight, asOfLabel.implicitHeight)

        KLabel {
            id: choice
            objectName: "weekChoice"
            anchors.left: parent.left
            anchors.right: asOfLabel.left
            anchors.rightMargin: App.theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: page.model.chosen ? qsTr("Your choice: %1").arg(page.model.choiceText)
                                    : qsTr("Nothing chosen yet.")
            font.bold: page.model.chosen
            maximumLineCount: 2
            elide: Text.ElideRight
            lineHeight: 1.1
        }
        KLabel {
            id: asOfLabel
            objectName: "weekAsOf"
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, parent.width * 0.45)
            horizontalAlignment: Text.AlignRight
            text: qsTr("Free times as of %1").arg(page.model.asOf)
            color: App.theme.mutedText
            lineHeight: 1.1
        }
    }

    actions: [
        ActionButton {
            objectName: "previousWeekButton"
            text: qsTr("◀ Week before")
            enabled: page.model.canGoBackAWeek
            onClicked: page.model.previousWeek()
        },
        ActionButton {
            objectName: "nextWeekButton"
            text: qsTr("Week after ▶")
            onClicked: page.model.nextWeek()
        },
        ActionButton {
            objectName: "proceedButton"
            primary: true
            text: page.model.lottery ? qsTr("Enter the lottery") : qsTr("Book")
            enabled: page.model.canBook
            onClicked: page.model.proceed()
        }
    ]
}
