import QtQuick
import QtQuick.Shapes
import Kiosk

// A thick arrow pointing up (turn it with ``rotation``), pulsing so the eye finds it.
Item {
    id: arrow

    property color color: App.theme.focus
    property bool running: visible

    width: 44
    height: 120

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            fillColor: arrow.color
            strokeColor: arrow.color
            strokeWidth: 2
            joinStyle: ShapePath.RoundJoin
            startX: 22; startY: 0
            PathLine { x: 44; y: 34 }
            PathLine { x: 30; y: 34 }
            PathLine { x: 30; y: 120 }
            PathLine { x: 14; y: 120 }
            PathLine { x: 14; y: 34 }
            PathLine { x: 0; y: 34 }
            PathLine { x: 22; y: 0 }
        }
    }

    SequentialAnimation on opacity {
        loops: Animation.Infinite
        running: arrow.running
        NumberAnimation { from: 1.0; to: 0.35; duration: 700 }
        NumberAnimation { from: 0.35; to: 1.0; duration: 700 }
    }
}
