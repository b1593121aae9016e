pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk

// The kiosk window: the current screen, the idle warning over it, the keyboard under it.
Window {
    id: window

    title: "Machikado"
    color: App.theme.background

    // Residents type only into this window: take the keyboard focus whenever it is shown.
    onVisibleChanged: if (visible) requestActivate()

    // The disaster banner takes a strip of the window, so no screen's control is under it: at
    // the top, or in the low-reach layout at the bottom, within reach.
    readonly property bool bannerBelow: App.theme.reachTop > 0

    AlertBanner {
        id: alertBanner
        anchors.left: parent.left
        anchors.right: parent.right
        y: window.bannerBelow ? window.height - window.keyboardHeight - height : 0
        z: 30
    }

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: window.bannerBelow ? 0 : alertBanner.height
        anchors.bottomMargin: window.keyboardHeight + (window.bannerBelow ? alertBanner.height : 0)
        source: App.session.screenSource
    }

    AlertTakeover {
        // Over the screen and its banner, under the idle warning and the keyboard.
        z: 45
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: window.height - window.keyboardHeight
    }

    Connections {
        // What the banner or the takeover shows counts as on screen once a frame with it is drawn.
        target: window
        enabled: App.alerts !== null && App.alerts.ackPending
        function onFrameSwapped() { App.alerts.painted() }
    }

    IdleWarning {
        anchors.fill: parent
    }

    Loader {
        // Over the screens, under the keyboard (the overlay may have a text field).
        objectName: "overlayLoader"
        z: 40
        anchors.fill: screen
        active: App.overlay !== null && App.overlay.open
        source: App.overlaySource
    }

    // The keyboard is built right after the first frame, so the attract loop shows at once.
    readonly property InputPanel keyboard: keyboardLoader.item as InputPanel
    readonly property int keyboardHeight: keyboard && keyboard.active ? keyboard.height : 0

    Rectangle {
        // The strip the keyboard stands on, the width of the window, in the keyboard's colour.
        z: 49
        visible: window.keyboardHeight > 0
        y: window.height - window.keyboardHeight
        width: window.width
        height: window.keyboardHeight
        color: "#263238"
    }

    Loader {
        id: keyboardLoader
        z: 50
        active: false
        asynchronous: true
        sourceComponent: InputPanel {
            objectName: "keyboard"
            // Not wider than the panel's height allows, so the list above it keeps some rows.
            width: Math.min(window.width, Math.round(window.height * 1.3))
            x: (window.width - width) / 2
            y: active ? window.height - height : window.height
            visible: active
        }
    }

    Binding {
        target: App
        property: "keyboardOpen"
        value: window.keyboardHeight > 0
    }

    Connections {
        target: window
        enabled: !keyboardLoader.active
        function onFrameSwapped() { keyboardLoader.active = true }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: App.languages.keyboardLocale
    }
}
