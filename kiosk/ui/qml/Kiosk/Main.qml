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
        anchors.bottom: keyboard.active ? keyboard.top : parent.bottom
        source: Qt.resolvedUrl("screens/" + App.session.screen + "Screen.qml")
    }

    IdleWarning {
        anchors.fill: parent
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        z: 50
        width: parent.width
        y: active ? parent.height - height : parent.height
        visible: active
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: App.languages.keyboardLocale
    }
}
