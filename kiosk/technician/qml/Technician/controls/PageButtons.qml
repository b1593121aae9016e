pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A page's buttons as the view-model lists them; each sends its id back.
Flow {
    id: buttons

    property var menu

    spacing: App.theme.spacing

    Repeater {
        model: buttons.menu.buttons
        delegate: KButton {
            required property var modelData
            objectName: "technicianButton_" + modelData.id
            text: modelData.label
            role: modelData.kind === "selected" ? "primary" : "secondary"
            enabled: !buttons.menu.busy
            onClicked: buttons.menu.press(modelData.id)
        }
    }
}
