import QtQuick
import QtQuick.Shapes
import Kiosk

// A line drawing for a service's tile or a shell button, named by what it shows (a ServiceSpec's
// icon), in the theme's colours so it follows high contrast. An unknown name draws the
// generic service mark.
Item {
    id: icon

    property string name
    property color color: App.theme.accent

    // 48 × 48 outlines, drawn with round ends.
    readonly property var paths: ({
        "document": "M12 4 H30 L38 12 V44 H12 Z M30 4 V12 H38 M17 19 H33 M17 25 H33 M17 31 H25"
                        + " M33 33 A4 4 0 1 0 33.01 33 M30 37 L28 44 L33 41 L38 44 L36 37",
        "bell": "M24 6 C15 6 13 13 13 20 V30 L8 36 H40 L35 30 V20 C35 13 33 6 24 6 Z"
                   + " M19 40 C19 44 29 44 29 40",
        "briefcase": "M6 16 H42 V40 H6 Z M17 16 V10 H31 V16 M6 26 H42 M22 26 V30 H26 V26",
        "calendar": "M7 10 H41 V42 H7 Z M7 18 H41 M15 5 V14 M33 5 V14 M14 26 H20 M27 26 H33"
                   + " M14 34 H20 M27 34 H33",
        "warning": "M24 5 L45 41 H3 Z M24 18 V29 M24 34 V35",
        "help": "M24 4 A20 20 0 1 0 24.01 4 M17 18 C17 9 31 9 31 18 C31 24 24 24 24 30 M24 36 V37",
        "staff": "M24 5 A8 8 0 1 0 24.01 5 M8 44 C8 30 40 30 40 44 M35 8 L42 4 M37 16 H44",
        "service": "M8 8 H20 V20 H8 Z M28 8 H40 V20 H28 Z M8 28 H20 V40 H8 Z M28 28 H40 V40 H28 Z"
    })

    implicitWidth: App.theme.touchTarget
    implicitHeight: implicitWidth
    Accessible.ignored: true  // the button beside it says what it is
    // Drawn into a layer, so a clipping parent (the home screen's scrolling tiles) clips it as
    // it clips a picture: the curve renderer's own drawing takes no notice of the clip.
    layer.enabled: true
    layer.smooth: true

    Shape {
        width: 48
        height: 48
        preferredRendererType: Shape.CurveRenderer
        transform: Scale { xScale: icon.width / 48; yScale: icon.height / 48 }

        ShapePath {
            strokeColor: icon.color
            strokeWidth: 3
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] ?? icon.paths["service"] }
        }
    }
}
