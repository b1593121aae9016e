pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Booking

// Finding a facility: what kind, where, which day and for how many, and the facilities that
// fit, each opening its week of free times. No card is needed to look.
FlowPage {
    id: page

    readonly property var model: BookingService.model

    title: qsTr("Find a facility")
    instructions: qsTr("Choose what you need, then touch a facility to see its free times.")

    Weekdays { id: weekdays }

    Column {
        id: notices
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing / 2

        Notice {
            objectName: "findOffline"
            width: parent.width
            visible: page.model.directoryOffline
            text: qsTr("This kiosk cannot reach the city's booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city's system.").arg(page.model.directoryAsOf)
        }
        Notice {
            objectName: "findNotice"
            width: parent.width
            visible: page.model.noticeText.length > 0
            text: page.model.noticeText
        }
    }

    ScrollColumn {
        id: choices
        objectName: "findChoices"
        anchors.top: notices.bottom
        anchors.topMargin: notices.height > 0 ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        width: Math.round(parent.width * 0.5)
        spacing: App.theme.spacing

        ChipGroup {
            objectName: "kind"
            width: choices.width - App.theme.spacing
            heading: qsTr("Kind of facility")
            chips: page.model.kindChips
            onChosen: (value) => page.model.chooseKind(value)
        }
        ChipGroup {
            objectName: "area"
            width: choices.width - App.theme.spacing
            heading: qsTr("Area")
            chips: page.model.areaChips
            onChosen: (value) => page.model.chooseArea(value)
        }
        ChipGroup {
            objectName: "day"
            width: choices.width - App.theme.spacing
            heading: qsTr("Day")
            chips: page.model.dayChips
            labelOf: (chip) => weekdays.shortDay(chip.value)
            onChosen: (value) => page.model.chooseDay(value)
        }
        ChipGroup {
            objectName: "size"
            width: choices.width - App.theme.spacing
            heading: qsTr("Group size")
            chips: page.model.sizeChips
            onChosen: (value) => page.model.choosePeople(value)
        }
    }

    KLabel {
        id: found
        objectName: "findCount"
        anchors.top: choices.top
        anchors.left: choices.right
        anchors.leftMargin: App.theme.spacing
        anchors.right: parent.right
        text: qsTr("Facilities found: %1").arg(results.count)
        font.bold: true
    }

    ListView {
        id: results
        objectName: "findResults"
        anchors.top: found.bottom
        anchors.topMargin: App.theme.spacing / 2
        anchors.left: found.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: App.theme.spacing / 2
        model: page.model.results
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: results.contentHeight > results.height }

        delegate: KButton {
            id: card
            required property var modelData
            readonly property string rooms: modelData.rooms.map(
                room => room.capacity > 0 ? qsTr("%1 (up to %2)").arg(room.name).arg(room.capacity)
                                          : room.name).join(" / ")
            readonly property var kindChip: page.model.kindChips.find(chip => chip.value === modelData.kind)
            readonly property string where: modelData.area + (kindChip ? " · " + kindChip.label : "")
            objectName: "place_" + modelData.facility
            width: results.width
            text: modelData.name
            detail: where + ". " + rooms
            onClicked: page.model.openPlace(card.modelData.facility)
            contentItem: Column {
                spacing: App.theme.spacing / 4
                KLabel {
                    width: parent.width
                    text: card.modelData.name + "  ▶"
                    font.pixelSize: Math.round(App.theme.fontSize * 1.15)
                    font.bold: true
                    lineHeight: 1.1
                }
                KLabel {
                    width: parent.width
                    text: card.where
                    color: App.theme.mutedText
                    lineHeight: 1.1
                }
                KLabel {
                    width: parent.width
                    text: card.rooms
                    font.pixelSize: Math.round(App.theme.fontSize * 0.85)
                    lineHeight: 1.1
                }
            }
        }

        KLabel {
            objectName: "findNone"
            anchors.centerIn: parent
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: results.count === 0
            text: qsTr("No facility matches these choices. Please change a choice.")
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "mineButton"
            text: qsTr("My bookings and lottery entries")
            onClicked: page.model.showMine()
        }
    ]
}
