pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Disaster

// One bulletin in full: its level in colour and words, what to do, where, the source's own
// words, when it was issued, and the nearest sites that take its hazard.
FlowPage {
    id: page

    readonly property var bulletin: DisasterService.model.bulletin

    title: bulletin.event ?? ""
    instructions: (bulletin.status ?? "") + " · " + (bulletin.when ?? "")

    Notice {
        id: drill
        objectName: "drillNotice"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: (page.bulletin.drillNotice ?? "").length > 0
        height: visible ? implicitHeight : 0
        text: page.bulletin.drillNotice ?? ""
    }

    ScrollColumn {
        objectName: "bulletinText"
        anchors.top: drill.bottom
        anchors.topMargin: drill.visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: App.theme.spacing

        Row {
            width: parent.width
            spacing: App.theme.spacing
            LevelBadge {
                id: badge
                objectName: "bulletinLevel"
                text: page.bulletin.levelText ?? ""
                fill: page.bulletin.levelFill ?? App.theme.surface
                ink: page.bulletin.levelInk ?? App.theme.text
                outline: page.bulletin.levelOutline ?? App.theme.border
            }
            KLabel {
                objectName: "bulletinHeadline"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - badge.width - App.theme.spacing
                visible: text.length > 0
                text: page.bulletin.headline ?? ""
                font.bold: true
            }
        }

        // What to do: the first thing read, set apart.
        Rectangle {
            width: parent.width
            height: actionColumn.implicitHeight + App.theme.spacing * 2
            radius: App.theme.spacing
            color: App.theme.surface
            border.color: page.bulletin.levelOutline ?? App.theme.border
            border.width: Math.max(3, Math.round(App.theme.spacing / 3))
            Column {
                id: actionColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: App.theme.spacing
                spacing: App.theme.spacing / 3
                KLabel {
                    width: parent.width
                    text: qsTr("What to do")
                    color: App.theme.mutedText
                }
                KLabel {
                    objectName: "bulletinAction"
                    width: parent.width
                    text: page.bulletin.action ?? ""
                    font.pixelSize: Math.round(App.theme.fontSize * 1.15)
                    font.bold: true
                }
            }
        }

        KLabel {
            width: parent.width
            visible: (page.bulletin.areas ?? "").length > 0
            text: qsTr("Areas: %1").arg(page.bulletin.areas ?? "")
            font.family: page.bulletin.areasFont ?? App.theme.fontFamily
        }

        KLabel {
            objectName: "bulletinDetails"
            width: parent.width
            visible: text.length > 0
            text: page.bulletin.details ?? ""
            font.family: page.bulletin.detailsFont ?? App.theme.fontFamily
        }
        KLabel {
            objectName: "bulletinNote"
            width: parent.width
            visible: text.length > 0
            text: page.bulletin.note ?? ""
            color: App.theme.mutedText
            font.italic: true
        }

        KLabel {
            width: parent.width
            topPadding: App.theme.spacing
            text: qsTr("Nearest shelters")
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        KLabel {
            objectName: "bulletinSitesProblem"
            width: parent.width
            visible: text.length > 0
            text: page.bulletin.sitesProblem ?? ""
            color: App.theme.mutedText
        }
        Repeater {
            model: page.bulletin.sites ?? []
            delegate: SiteCard {
                required property var modelData
                width: parent ? parent.width : 0
                site: modelData
                withQr: false
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
            text: qsTr("Shelters and maps")
            primary: true
            onClicked: DisasterService.model.showShelters()
        }
    ]
}
