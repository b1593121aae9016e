import QtQuick
import Kiosk
import Technician

// The technician's menu over every screen: the maintenance banner, then the page shown now.
Rectangle {
    id: overlay

    readonly property var menu: App.overlay

    objectName: "technicianOverlay"
    color: "#ECEFF1"

    // Nothing under the menu may be touched while it is open.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    MaintenanceBanner {
        id: banner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        text: overlay.menu.banner
    }

    Loader {
        id: page
        objectName: "technicianPage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        source: {
            const files = {
                "pin": "PinPad.qml",
                "touch": "TouchGrid.qml",
                "display": "ColourBars.qml",
                "keyboard": "KeyboardTest.qml",
            }
            return files[overlay.menu.page] || "InfoPage.qml"
        }
    }
}
