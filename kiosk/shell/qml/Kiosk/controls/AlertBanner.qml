import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// The disaster banner over every screen while an advisory or a more serious alert is in force:
// the alert's headline in its level's colour; a touch opens the disaster tile or the details.
Button {
    id: banner

    objectName: "alertBanner"
    visible: App.alerts !== null && App.alerts.bannerVisible
    height: visible ? implicitHeight : 0
    padding: App.theme.spacing
    leftPadding: App.theme.spacing * 2
    rightPadding: App.theme.spacing * 2
    focusPolicy: Qt.StrongFocus
    Accessible.name: App.alerts ? App.alerts.bannerText + ". " + App.alerts.bannerHint : ""
    onActiveFocusChanged: if (activeFocus) App.speech.focused(Accessible.name)
    onClicked: App.alerts.openBanner()

    contentItem: Column {
        spacing: App.theme.spacing / 4
        KLabel {
            objectName: "alertBannerText"
            width: parent.width
            text: App.alerts ? App.alerts.bannerText : ""
            color: App.alerts ? App.alerts.bannerTextColour : App.theme.text
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        KLabel {
            width: parent.width
            text: App.alerts ? App.alerts.bannerHint : ""
            color: App.alerts ? App.alerts.bannerTextColour : App.theme.text
            font.pixelSize: Math.round(App.theme.fontSize * 0.85)
        }
    }

    background: Rectangle {
        color: App.alerts ? App.alerts.bannerColour : App.theme.warning
        opacity: banner.down ? 0.8 : 1.0
        border.width: banner.visualFocus ? Math.max(4, App.theme.spacing / 3) : 0
        border.color: App.theme.focus
        Rectangle {
            // In high contrast the band may be the background's colour: a rule keeps it apart.
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 2
            color: App.theme.border
        }
    }
}
