pragma Singleton
import QtQuick

// The Python view-models, set by the kiosk before Main.qml loads.
QtObject {
    property var session
    property var theme
    property var city
    property var services
    property var languages
    property var speech
    // Private listening: the headphone jack, plugged or not, and where it is (jackText).
    property var listening
    property var connection
    property var clock
    // The disaster banner and takeover (QtAlerts): what is in force, worded for the resident.
    property var alerts: null
    // Each service's view-model by service id; a service's QML reads its own.
    property var views: ({})
    // An overlay over every screen (the technician's menu), shown while its ``open`` is true:
    // ``overlaySource`` is its QML file. Set by the kiosk's composition root, or left empty.
    property var overlay: null
    property url overlaySource
    // Layout state: true while the on-screen keyboard takes the lower part of the window.
    property bool keyboardOpen: false
}
