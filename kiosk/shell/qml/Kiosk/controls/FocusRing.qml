import QtQuick
import Kiosk

// The keyboard focus, seen from afar: a thick ring in the theme's focus colour along the
// control's edge, and inside it a band of the background colour so that it stands out on any
// fill, in both themes. It stays within the control (less than its padding), so a list that
// clips its rows never cuts it.
Rectangle {
    id: ring

    // The corner radius of the control it surrounds.
    property real cornerRadius: 0
    readonly property int thickness: Math.max(4, Math.round(App.theme.spacing / 2))
    readonly property int gap: Math.max(2, Math.round(thickness / 2))

    anchors.fill: parent
    radius: cornerRadius
    color: "transparent"
    border.width: thickness
    border.color: App.theme.focus

    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.thickness
        radius: Math.max(0, ring.cornerRadius - ring.thickness)
        color: "transparent"
        border.width: ring.gap
        border.color: App.theme.background
    }
}
