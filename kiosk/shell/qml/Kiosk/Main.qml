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

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: window.keyboardHeight
        source: App.session.screenSource
    }

    IdleWarning {
        anchors.fill: parent
    }

    // The keyboard is built right after the first frame, so the attract loop shows at once.
    readonly property InputPanel keyboard: keyboardLoader.item as InputPanel
    readonly property int keyboardHeight: keyboard && keyboard.active ? keyboard.height : 0

    Loader {
        id: keyboardLoader
        z: 50
        width: parent.width
        active: false
        asynchronous: true
        sourceComponent: InputPanel {
            objectName: "keyboard"
            width: window.width
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
