pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Disaster

// One designated site: open or not, its name, kind, address and distance, and a QR code to
// the site on the national map.
Rectangle {
    id: card

    required property var site
    property bool withQr: true

    readonly property int qrSize: Math.round(App.theme.touchTarget * 2.2)

    objectName: "site_" + card.site.siteId
    implicitHeight: Math.max(words.implicitHeight, withQr ? qrSize : 0) + App.theme.spacing * 2
    radius: App.theme.spacing
    color: App.theme.surface
    border.color: card.site.open ? App.theme.text : App.theme.border
    border.width: card.site.open ? Math.max(3, Math.round(App.theme.spacing / 3)) : 1

    Column {
        id: words
        anchors.left: parent.left
        anchors.right: card.withQr ? qr.left : parent.right
        anchors.top: parent.top
        anchors.margins: App.theme.spacing
        spacing: App.theme.spacing / 3

        Row {
            width: parent.width
            spacing: App.theme.spacing
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                visible: card.site.open
                width: openLabel.implicitWidth + App.theme.spacing
                height: openLabel.implicitHeight + App.theme.spacing / 2
                radius: App.theme.spacing / 2
                color: App.theme.accent
                KLabel {
                    id: openLabel
                    anchors.centerIn: parent
                    text: card.site.openText
                    color: App.theme.accentText
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
            }
            KLabel {
                objectName: "siteDistance"
                anchors.verticalCenter: parent.verticalCenter
                text: card.site.distance
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
        KLabel {
            width: parent.width
            text: card.site.name
            font.bold: true
            font.family: DisasterService.model.siteFont
        }
        KLabel {
            width: parent.width
            text: card.site.address
            font.family: DisasterService.model.siteFont
            color: App.theme.mutedText
        }
        KLabel {
            width: parent.width
            visible: card.withQr  // the full list says what kind of site it is, for what
            text: card.site.hazards ? card.site.kind + " · " + card.site.hazards : card.site.kind
            color: App.theme.mutedText
            font.pixelSize: Math.round(App.theme.fontSize * 0.85)
        }
    }

    Rectangle {
        id: qr
        visible: card.withQr
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: App.theme.spacing
        width: card.withQr ? card.qrSize : 0
        height: width
        color: "#FFFFFF"
        border.color: App.theme.border
        Image {
            objectName: "siteQr"
            anchors.centerIn: parent
            width: parent.width - 8
            height: width
            source: card.withQr ? "image://qr/" + encodeURIComponent(card.site.mapUrl) : ""
            sourceSize.width: width
            sourceSize.height: height
            smooth: false
            fillMode: Image.PreserveAspectFit
            Accessible.name: qsTr("QR code to this place on a map")
        }
    }
}
