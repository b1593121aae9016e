pragma Singleton
import QtQuick

// The Python view-model, set by the player before Main.qml loads.
QtObject {
    property var player
}
