pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Disaster

// The nearest designated sites that take the chosen hazard, those the city opened first, each
// with its distance and a QR code to it on the map.
FlowPage {
    id: page

    title: qsTr("Shelters near here")
    instructions: qsTr("Choose a hazard. Scan a QR code to see the way on your phone.")

    Flow {
        id: chips
        objectName: "hazardChips"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing / 2
        Repeater {
            model: DisasterService.model.hazards
            delegate: KButton {
                id: chip
                required property var modelData
                objectName: "hazard_" + modelData.key
                text: modelData.label
                checked: modelData.chosen
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: DisasterService.model.chooseHazard(chip.modelData.key)
            }
        }
    }

    KLabel {
        id: problem
        objectName: "sitesProblem"
        anchors.top: chips.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        visible: text.length > 0
        height: visible ? implicitHeight : 0
        text: DisasterService.model.sitesProblem
        font.bold: true
    }

    ListView {
        id: list
        objectName: "siteList"
        anchors.top: problem.visible ? problem.bottom : chips.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: note.top
        anchors.bottomMargin: App.theme.spacing / 2
        clip: true
        spacing: App.theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        model: DisasterService.model.sites
        delegate: SiteCard {
            required property var modelData
            width: list.width
            site: modelData
        }
    }

    KLabel {
        id: note
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: DisasterService.model.sites.length > 0
        height: visible ? implicitHeight : 0
        text: DisasterService.model.straightLine
        color: App.theme.mutedText
        font.pixelSize: Math.round(App.theme.fontSize * 0.85)
    }

    actions: [
        ActionButton {
            objectName: "readAloud"
            visible: App.session.speech
            text: qsTr("Read aloud")
            onClicked: App.speech.announce(DisasterService.model.spokenSummary, "")
        }
    ]
}
