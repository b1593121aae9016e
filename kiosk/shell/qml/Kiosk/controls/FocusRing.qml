import QtQuick
import Kiosk

// The keyboard focus, seen from afar: a thick ring in the theme's focus colour around the
// control, kept apart from it by a band of the background colour so that it stands out on any
// fill, in both themes. It takes no room: it is drawn outside its parent's edge.
Rectangle {
    id: ring

    // The corner radius of the control it surrounds.
    property real cornerRadius: 0
    readonly property int thickness: Math.max(4, Math.round(App.theme.spacing / 2))
    readonly property int gap: Math.max(2, Math.round(thickness / 2))

    anchors.fill: parent
    anchors.margins: -(thickness + gap)
    radius: cornerRadius + thickness + gap
    color: "transparent"
    border.width: thickness
    border.color: App.theme.focus

    Rectangle {
        anchors.fill: parent
        anchors.margins: ring.thickness
        radius: ring.cornerRadius + ring.gap
        color: "transparent"
        border.width: ring.gap
        border.color: App.theme.background
    }
}
