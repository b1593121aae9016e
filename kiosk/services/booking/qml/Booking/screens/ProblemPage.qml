import QtQuick
import Kiosk
import Booking

// Booking cannot go on: what happened, and what the resident can do next. A time someone else
// booked meanwhile can be looked at again; anything else goes back or ends the visit.
FlowPage {
    id: page

    readonly property bool refreshable: BookingService.model.canRefresh

    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("The booking could not go on")
    instructions: BookingService.model.problemText

    Column {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "problemWhat"
            width: parent.width
            text: BookingService.model.problemText
        }
        KLabel {
            objectName: "problemNext"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: App.theme.titleSize
            text: page.refreshable
                  ? qsTr("Press “See the free times again” to see this week as it is now.")
                  : qsTr("Press Back to choose again, or Finish to end.")
        }
    }

    actions: [
        ActionButton {
            objectName: "problemFinishButton"
            text: qsTr("Finish")
            primary: !page.refreshable
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        },
        ActionButton {
            objectName: "refreshButton"
            visible: page.refreshable
            primary: true
            text: qsTr("See the free times again")
            onClicked: BookingService.model.refresh()
        }
    ]
}
