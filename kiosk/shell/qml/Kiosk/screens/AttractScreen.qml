pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Shown when nobody uses the kiosk: the city's slides in turn; a touch anywhere starts.
Item {
    id: attract

    property int current: 0

    Rectangle { anchors.fill: parent; color: App.theme.background }

    Repeater {
        id: slides
        model: App.city.slides
        delegate: Rectangle {
            id: slide
            required property int index
            required property string headline
            required property string text
            required property string accent
            anchors.fill: parent
            anchors.bottomMargin: prompts.height
            color: slide.accent
            opacity: slide.index === attract.current ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: 600 } }

            Column {
                anchors.centerIn: parent
                width: parent.width * 0.8
                spacing: App.theme.spacing * 3
                Text {
                    width: parent.width
                    text: slide.headline
                    color: "#FFFFFF"
                    font.family: App.theme.fontFamily
                    font.pixelSize: App.theme.titleSize * 2
                    font.bold: true
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Text {
                    width: parent.width
                    text: slide.text
                    color: "#FFFFFF"
                    font.family: App.theme.fontFamily
                    font.pixelSize: App.theme.titleSize
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }
    }

    Rectangle {
        id: prompts
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: App.theme.touchTarget * 2
        color: App.theme.surface

        Flow {
            anchors.centerIn: parent
            width: parent.width - 2 * App.theme.spacing
            spacing: App.theme.spacing * 3
            Repeater {
                model: App.languages
                delegate: Text {
                    required property string touchPrompt
                    required property string fontFamily
                    text: touchPrompt
                    color: App.theme.text
                    font.family: fontFamily
                    font.pixelSize: App.theme.fontSize
                }
            }
        }
    }

    Timer {
        interval: App.session.attractSlideMs
        running: slides.count > 1
        repeat: true
        onTriggered: attract.current = (attract.current + 1) % slides.count
    }

    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        onClicked: App.session.start()
    }
}
