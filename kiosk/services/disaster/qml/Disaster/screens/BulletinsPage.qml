pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Disaster

// The bulletins in force, most serious first, then those that ended today; or, when nothing
// is in force, a calm page saying so and as of when.
FlowPage {
    id: page

    title: qsTr("Disaster information")
    instructions: DisasterService.model.bulletins.length > 0
                  ? qsTr("Choose a bulletin to read it in full.")
                  : qsTr("Warnings and evacuation information for this area are shown here.")

    KLabel {
        id: asOf
        objectName: "disasterAsOf"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.left: parent.left
        horizontalAlignment: Text.AlignRight
        visible: text.length > 0
        height: visible ? implicitHeight : 0
        text: DisasterService.model.asOf
        color: App.theme.mutedText
        font.pixelSize: Math.round(App.theme.fontSize * 0.85)
    }

    // Nothing in force: one calm panel.
    Rectangle {
        id: calm
        objectName: "disasterCalm"
        visible: DisasterService.model.calmText.length > 0
        anchors.top: asOf.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        height: visible ? calmText.implicitHeight + App.theme.spacing * 4 : 0
        radius: App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.border

        KLabel {
            id: calmText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: App.theme.spacing * 2
            text: DisasterService.model.calmText
            font.pixelSize: App.theme.titleSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
    }

    ListView {
        id: list
        objectName: "bulletinList"
        anchors.top: calm.visible ? calm.bottom : asOf.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        spacing: App.theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        model: DisasterService.model.bulletins
        delegate: KButton {
            id: row
            required property var modelData
            objectName: "bulletin_" + modelData.key
            width: list.width
            text: modelData.event
            detail: modelData.status + " · " + modelData.when
            onClicked: DisasterService.model.open(row.modelData.key)
            contentItem: Row {
                spacing: App.theme.spacing
                LevelBadge {
                    id: badge
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.modelData.levelText
                    fill: row.modelData.levelFill
                    ink: row.modelData.levelInk
                    outline: row.modelData.levelOutline
                }
                Column {
                    width: row.availableWidth - badge.width - App.theme.spacing
                    spacing: App.theme.spacing / 3
                    KLabel {
                        width: parent.width
                        text: row.modelData.event
                        font.bold: true
                        color: row.modelData.ended ? App.theme.mutedText : App.theme.text
                    }
                    KLabel {
                        width: parent.width
                        visible: text.length > 0
                        text: row.modelData.headline
                        color: row.modelData.ended ? App.theme.mutedText : App.theme.text
                    }
                    KLabel {
                        width: parent.width
                        text: row.detail
                        color: App.theme.mutedText
                        font.pixelSize: Math.round(App.theme.fontSize * 0.85)
                        font.bold: row.modelData.ended
                    }
                }
            }
        }
    }

    actions: [
        ActionButton {
            objectName: "readAloud"
            visible: App.session.speech
            text: qsTr("Read aloud")
            onClicked: App.speech.announce(DisasterService.model.spokenSummary, "")
        },
        ActionButton {
            objectName: "sheltersButton"
            text: qsTr("Shelters near here")
            primary: true
            onClicked: DisasterService.model.showShelters()
        }
    ]
}
