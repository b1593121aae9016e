import QtQuick

// A line of text running right to left along the bottom of the screen.
Rectangle {
    id: ticker

    property string text
    // True while the line carries an advisory: it then stands out from the loop.
    property bool alert: false

    color: ticker.alert ? "#9A4A00" : "#0E2236"
    clip: true
    visible: text.length > 0

    Text {
        id: line
        y: (ticker.height - height) / 2
        text: ticker.text
        color: ticker.alert ? "white" : "#FFE08A"
        font.bold: ticker.alert
        font.pixelSize: ticker.height * 0.55

        NumberAnimation on x {
            from: ticker.width
            to: -line.implicitWidth
            duration: Math.max(8000, (ticker.width + line.implicitWidth) * 8)
            loops: Animation.Infinite
            running: ticker.visible
        }
    }
}
