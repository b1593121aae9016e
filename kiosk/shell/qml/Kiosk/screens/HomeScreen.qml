pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// One tile per service this terminal offers, laid out over the whole panel for any number of
// services; an unavailable one says why. Help and a way to ask a person at the bar's end.
ScreenFrame {
    id: home

    title: qsTr("Welcome")
    instructions: qsTr("Choose a service.")

    actions: [
        KButton {
            objectName: "helpButton"
            text: qsTr("Help")
            detail: qsTr("How to use this kiosk")
            onClicked: helpPanel.visible = true
        },
        KButton {
            objectName: "staffButton"
            text: qsTr("Ask a person")
            detail: qsTr("Where to find staff and the city's contact")
            onClicked: staffPanel.visible = true
        }
    ]

    component HomeTile: Item {
        // The height the tile needs at its width with its description, and with its title alone.
        property real needed
        property real neededBrief
        // Measured once the change has settled: a tile that hides its description re-lays its
        // labels out, and measuring in the middle of that would feed on itself.
        onNeededChanged: Qt.callLater(area.measure)
        onNeededBriefChanged: Qt.callLater(area.measure)
    }

    Flickable {
        id: area
        objectName: "serviceTiles"

        readonly property int gap: App.theme.spacing * 2
        readonly property int count: tiles.count
        // The column count that gives the roomiest tiles, about 1.6 times as wide as high.
        readonly property int columns: {
            let best = 1
            let bestScore = -1
            for (let c = 1; c <= Math.max(1, count); c++) {
                const rows = Math.ceil(count / c)
                const w = (width - (c - 1) * gap) / c
                const h = (height - (rows - 1) * gap) / rows
                const score = Math.min(w / 1.6, h)
                if ((c === 1 || w >= App.theme.touchTarget * 6) && score > bestScore) {
                    best = c
                    bestScore = score
                }
            }
            return best
        }
        readonly property int rows: Math.max(1, Math.ceil(count / columns))
        readonly property real tileWidth: (width - (columns - 1) * gap) / columns
        readonly property real tileHeight: Math.max(App.theme.touchTarget * 2,
            Math.min((height - (rows - 1) * gap) / rows, tileWidth * 0.9))
        readonly property real iconSize: Math.round(Math.min(App.theme.touchTarget * 2,
            tileHeight * 0.45, tileWidth * 0.18))
        // Every tile as high as the one with the most to say, so the rows line up.
        property real tallestFull: 0
        property real tallestBrief: 0
        function fits(tileHeight: real, rowGap: real): bool {
            return rows * tileHeight + (rows - 1) * rowGap <= height + 0.5
        }
        readonly property real tightGap: App.theme.spacing
        // When the words do not fit the panel, the rows close up first; then the tiles show
        // their titles alone (the description is still read aloud); only then does the panel
        // scroll, with every word shown.
        readonly property bool brief: !fits(tallestFull, tightGap)
            && fits(tallestBrief, tightGap)
        readonly property real tallest: brief ? tallestBrief : tallestFull
        readonly property real rowGap: fits(tallest, gap) || !fits(tallest, tightGap)
            ? gap : tightGap

        function measure() {
            let most = 0
            let mostBrief = 0
            for (let i = 0; i < tiles.count; i++) {
                const tile = tiles.itemAt(i) as HomeTile
                if (tile) {
                    most = Math.max(most, tile.needed)
                    mostBrief = Math.max(mostBrief, tile.neededBrief)
                }
            }
            tallestFull = most
            tallestBrief = mostBrief
        }

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: about.visible ? about.top : parent.bottom
        anchors.bottomMargin: about.visible ? App.theme.spacing : 0
        contentWidth: width
        contentHeight: grid.height
        clip: true
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: area.interactive }

        Grid {
            id: grid
            columns: area.columns
            columnSpacing: area.gap
            rowSpacing: area.rowGap
            // Fewer tiles than the panel holds stand in the middle of it.
            y: Math.max(0, (area.height - height) / 2)

            Repeater {
                id: tiles
                model: App.services
                onItemRemoved: Qt.callLater(area.measure)
                delegate: HomeTile {
                    id: tile
                    required property string serviceId
                    required property string icon
                    required property bool available
                    required property string title
                    required property string description

                    // Measured from the labels, which keep their sizes while hidden.
                    needed: button.topPadding + button.bottomPadding + Math.max(mark.height,
                        heading.implicitHeight + words.spacing + summary.implicitHeight)
                    neededBrief: button.topPadding + button.bottomPadding
                        + Math.max(mark.height, heading.implicitHeight)
                    width: area.tileWidth
                    height: Math.max(area.tileHeight, area.tallest)

                    KButton {
                        id: button
                        objectName: "tile_" + tile.serviceId
                        anchors.fill: parent
                        enabled: tile.available
                        text: tile.title
                        detail: tile.description
                        padding: App.theme.spacing * 2
                        onClicked: App.session.openService(tile.serviceId)

                        contentItem: Row {
                            spacing: App.theme.spacing * 2
                            Icon {
                                id: mark
                                name: tile.icon
                                width: area.iconSize
                                height: width
                                color: tile.available ? App.theme.accent : App.theme.disabledText
                            }
                            Column {
                                id: words
                                width: parent.width - mark.width - parent.spacing
                                spacing: App.theme.spacing
                                KLabel {
                                    id: heading
                                    width: parent.width
                                    text: tile.title
                                    font.pixelSize: App.theme.titleSize
                                    font.bold: true
                                    color: tile.available ? App.theme.text : App.theme.disabledText
                                }
                                KLabel {
                                    id: summary
                                    objectName: "tileDescription"
                                    width: parent.width
                                    visible: !area.brief
                                    text: tile.description
                                    color: tile.available ? App.theme.mutedText : App.theme.disabledText
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // A line about the city (the sample city says it is fictional); a real city has none.
    KLabel {
        id: about
        objectName: "cityAbout"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: text.length > 0
        text: App.city.about
        color: App.theme.mutedText
    }

    ChoicePanel {
        id: helpPanel
        objectName: "helpPanel"
        parent: home
        title: qsTr("How to use this kiosk")
        onClosed: visible = false

        Repeater {
            model: [
                qsTr("Touch the service you want to use. Each screen says what to do next."),
                qsTr("Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud."),
                qsTr("Back goes one step back. Finish ends your visit and clears everything you entered."),
                qsTr("If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.")
            ]
            delegate: KLabel {
                required property string modelData
                width: helpPanel.width - 2 * App.theme.spacing
                text: modelData
            }
        }
    }

    ChoicePanel {
        id: staffPanel
        objectName: "staffPanel"
        parent: home
        title: qsTr("Ask a person")
        onClosed: visible = false

        KLabel {
            width: staffPanel.width - 2 * App.theme.spacing
            text: qsTr("Staff at this facility can help you. Please ask at the counter.")
        }
        KLabel {
            objectName: "staffContact"
            width: staffPanel.width - 2 * App.theme.spacing
            visible: App.city.contactText.length > 0
            text: App.city.contactText
            font.bold: true
        }
        KLabel {
            objectName: "staffPhone"
            width: staffPanel.width - 2 * App.theme.spacing
            visible: App.city.contactPhone.length > 0
            text: qsTr("Phone: %1").arg(App.city.contactPhone)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }
    }
}
