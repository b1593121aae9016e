import QtQuick
import QtMultimedia
import Signage

// One slot of the main zone showing one item: text slide, QR slide, image, video or idle face.
// ``ready`` turns true once the item's picture is complete, so the slot may come to the front.
Rectangle {
    id: slot

    property var content: ({})
    property bool inFront: false
    property bool portrait: false
    property bool hasFrame: false
    readonly property string kind: slot.content.kind ?? ""
    readonly property string itemId: slot.content.id ?? ""
    readonly property real unit: Math.min(width, height)
    readonly property bool ready: kind === "text" || kind === "idle"
        || (kind === "qr" && code.status === Image.Ready)
        || (kind === "image" && picture.status === Image.Ready)
        || (kind === "video" && slot.hasFrame)

    color: kind === "qr" ? "#F4F1EA" : kind === "image" || kind === "video" ? "#0E2236" : "#0B4F8A"

    onContentChanged: slot.hasFrame = false
    onInFrontChanged: {
        if (kind !== "video")
            return;
        if (inFront)
            media.play();
        else
            media.pause();
    }

    // Text slide: title and body on the city's blue.
    Column {
        visible: slot.kind === "text"
        anchors.centerIn: parent
        width: parent.width * 0.86
        spacing: slot.unit * 0.05

        Text {
            width: parent.width
            text: slot.content.title ?? ""
            visible: text.length > 0
            color: "#FFE08A"
            font.pixelSize: slot.unit * 0.075
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: slot.content.text ?? ""
            color: "white"
            font.pixelSize: slot.unit * 0.065
            wrapMode: Text.Wrap
        }
    }

    // QR slide: the code of the notice's page beside (or, in portrait, under) its caption.
    Grid {
        visible: slot.kind === "qr"
        anchors.centerIn: parent
        columns: slot.portrait ? 1 : 2
        spacing: slot.unit * 0.06
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter

        Column {
            width: slot.portrait ? slot.width * 0.86 : slot.width * 0.5
            spacing: slot.unit * 0.04

            Text {
                width: parent.width
                text: slot.content.title ?? ""
                visible: text.length > 0
                color: "#0B4F8A"
                font.pixelSize: slot.unit * 0.07
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: slot.content.text ?? ""
                color: "#1A1A1A"
                font.pixelSize: slot.unit * 0.055
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: "スマートフォンで読み取ってください / Scan with your phone"
                color: "#4A4A4A"
                font.pixelSize: slot.unit * 0.035
                wrapMode: Text.Wrap
            }
        }
        Image {
            id: code
            width: slot.unit * 0.6
            height: width
            sourceSize.width: width
            sourceSize.height: height
            asynchronous: true
            smooth: false
            source: slot.kind === "qr" ? "image://qr/" + encodeURIComponent(slot.content.url) : ""
        }
    }

    Image {
        id: picture
        anchors.fill: parent
        visible: slot.kind === "image"
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        sourceSize.width: slot.width
        sourceSize.height: slot.height
        source: slot.kind === "image" ? slot.content.source : ""
        onStatusChanged: {
            if (status === Image.Error)
                App.player.reportProblem(slot.itemId, "image cannot be read");
        }
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        visible: slot.kind === "video"
        fillMode: VideoOutput.PreserveAspectFit
    }

    Connections {
        target: output.videoSink
        function onVideoFrameChanged(): void {
            if (slot.hasFrame)
                return;
            slot.hasFrame = true;
            if (!slot.inFront)
                media.pause();
        }
    }

    MediaPlayer {
        id: media
        videoOutput: output
        loops: MediaPlayer.Infinite
        source: slot.kind === "video" ? slot.content.source : ""
        onSourceChanged: {
            if (source.toString() !== "")
                play();
            else
                stop();
        }
        onErrorOccurred: (error, errorString) => {
            App.player.reportProblem(slot.itemId, "video cannot be played: " + errorString);
        }
    }

    // The player's own face when nothing is scheduled (or nothing could be shown yet).
    Text {
        visible: slot.kind === "idle" || slot.kind === ""
        anchors.centerIn: parent
        width: parent.width * 0.86
        horizontalAlignment: Text.AlignHCenter
        text: App.player.city
        color: "white"
        font.pixelSize: slot.unit * 0.08
        font.bold: true
        wrapMode: Text.Wrap
    }
}
