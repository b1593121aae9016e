import QtQuick
import QtQuick.Shapes

// The contactless symbol: three arcs growing to the right.
Shape {
    id: mark

    property color color: "#FFFFFF"

    width: 60
    height: 60
    preferredRendererType: Shape.CurveRenderer

    ShapePath {
        strokeColor: mark.color
        strokeWidth: 6
        capStyle: ShapePath.RoundCap
        fillColor: "transparent"
        startX: 18.5; startY: 21.5
        PathArc { x: 18.5; y: 38.5; radiusX: 12; radiusY: 12 }
    }
    ShapePath {
        strokeColor: mark.color
        strokeWidth: 6
        capStyle: ShapePath.RoundCap
        fillColor: "transparent"
        startX: 27.0; startY: 13.0
        PathArc { x: 27.0; y: 47.0; radiusX: 24; radiusY: 24 }
    }
    ShapePath {
        strokeColor: mark.color
        strokeWidth: 6
        capStyle: ShapePath.RoundCap
        fillColor: "transparent"
        startX: 35.5; startY: 4.5
        PathArc { x: 35.5; y: 55.5; radiusX: 36; radiusY: 36 }
    }
}
