import QtQuick
import Kiosk

// The fill that tells a cell's state without colour: hatched (taken), dotted (lottery),
// crossed (closed), striped (counter only); plain and blank draw nothing.
Canvas {
    id: canvas

    property string pattern: "plain"
    property color ink: App.theme.border

    onPatternChanged: requestPaint()
    onInkChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        ctx.strokeStyle = canvas.ink
        ctx.fillStyle = canvas.ink
        ctx.lineWidth = 2
        const w = canvas.width, h = canvas.height
        const step = Math.max(10, Math.round(App.theme.spacing * 1.2))
        ctx.beginPath()
        if (canvas.pattern === "hatched") {
            for (let x = -h; x < w; x += step) {
                ctx.moveTo(x, h)
                ctx.lineTo(x + h, 0)
            }
            ctx.stroke()
        } else if (canvas.pattern === "striped") {
            for (let y = step / 2; y < h; y += step) {
                ctx.moveTo(0, y)
                ctx.lineTo(w, y)
            }
            ctx.stroke()
        } else if (canvas.pattern === "crossed") {
            ctx.moveTo(0, 0)
            ctx.lineTo(w, h)
            ctx.moveTo(w, 0)
            ctx.lineTo(0, h)
            ctx.stroke()
        } else if (canvas.pattern === "dotted") {
            const r = Math.max(2, step / 6)
            for (let y = step / 2; y < h; y += step) {
                for (let x = step / 2 + ((y / step) % 2 ? step / 2 : 0); x < w; x += step) {
                    ctx.moveTo(x + r, y)
                    ctx.arc(x, y, r, 0, 2 * Math.PI)
                }
            }
            ctx.fill()
        }
    }
}
