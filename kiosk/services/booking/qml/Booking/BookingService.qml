pragma Singleton
import QtQuick
import Kiosk

// Facility booking's view-model, which the kiosk hands to its screens through App.views.
QtObject {
    readonly property var model: App.views["booking"]
}
