pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Kiosk

// A disaster takes the whole screen between steps: what happened, what to do, the nearest
// shelters and when this was last confirmed. "Back to what I was doing" returns to the screen
// underneath exactly as it was; the disaster tile is the second way out where it is offered.
Rectangle {
    id: takeover

    objectName: "alertTakeover"
    // The keypad's arrows stay on the takeover's buttons while it is shown; its Back key
    // closes it, as "Back to what I was doing" does.
    readonly property bool modal: true
    signal closed()
    onClosed: App.alerts.goBack()
    readonly property int margin: App.theme.spacing * 2

    visible: App.alerts !== null && App.alerts.overlayVisible
    color: App.theme.background

    // Where the focus was (a half-typed search): it goes back there when the takeover leaves.
    // The takeover takes the focus itself, not a button, so no button's name is spoken over
    // the chime and the headline; the keypad's arrows then move among its buttons.
    property Item returnFocus: null
    onVisibleChanged: {
        if (visible) {
            returnFocus = Window.activeFocusItem
            takeover.forceActiveFocus()
        } else if (returnFocus) {
            returnFocus.forceActiveFocus()
            returnFocus = null
        }
    }

    MouseArea { anchors.fill: parent }  // nothing underneath is pressed through the takeover

    Rectangle {
        id: band
        objectName: "alertBand"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: bandText.implicitHeight + 2 * takeover.margin
        color: App.alerts ? App.alerts.levelColour : App.theme.warning

        Column {
            id: bandText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: takeover.margin
            anchors.rightMargin: takeover.margin
            spacing: App.theme.spacing / 2

            KLabel {
                objectName: "alertEvent"
                width: parent.width
                text: App.alerts ? App.alerts.event : ""
                color: App.alerts ? App.alerts.levelTextColour : App.theme.text
                font.pixelSize: Math.round(App.theme.titleSize * 1.2)
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            KLabel {
                objectName: "alertDrill"
                width: parent.width
                visible: text.length > 0
                text: App.alerts ? App.alerts.drillNotice : ""
                color: App.alerts ? App.alerts.levelTextColour : App.theme.text
                font.bold: true
            }
            KLabel {
                objectName: "alertAsOf"
                width: parent.width
                text: App.alerts ? App.alerts.asOf : ""
                color: App.alerts ? App.alerts.levelTextColour : App.theme.text
            }
        }
    }

    ScrollColumn {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: band.bottom
        anchors.bottom: bar.top
        anchors.margins: takeover.margin
        spacing: App.theme.spacing * 1.5

        KLabel {
            objectName: "alertHeadline"
            width: body.width
            visible: App.alerts !== null && App.alerts.headline !== App.alerts.event
            text: App.alerts ? App.alerts.headline : ""
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }
        Rectangle {
            // What to do now: the part read first, framed in the level's colour.
            width: body.width
            height: actionText.implicitHeight + 2 * App.theme.spacing
            color: App.theme.surface
            border.color: App.alerts ? App.alerts.levelColour : App.theme.warning
            border.width: Math.max(3, App.theme.spacing / 2)
            radius: App.theme.spacing / 2
            KLabel {
                id: actionText
                objectName: "alertAction"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: App.theme.spacing
                text: App.alerts ? App.alerts.action : ""
                font.pixelSize: Math.round(App.theme.fontSize * 1.2)
                font.bold: true
            }
        }
        KLabel {
            objectName: "alertDetails"
            width: body.width
            visible: text.length > 0
            text: App.alerts ? App.alerts.details : ""
            font.family: App.alerts ? App.alerts.detailsFont : App.theme.fontFamily
        }
        KLabel {
            objectName: "alertNote"
            width: body.width
            visible: text.length > 0
            text: App.alerts ? App.alerts.note : ""
            color: App.theme.mutedText
        }
        KLabel {
            objectName: "alertShelterTitle"
            width: body.width
            text: App.alerts ? App.alerts.sheltersTitle : ""
            font.bold: true
        }
        Repeater {
            model: App.alerts ? App.alerts.shelters : []
            delegate: Rectangle {
                id: shelter
                required property var modelData
                objectName: "alertShelter"
                width: body.width
                height: shelterLines.implicitHeight + 2 * App.theme.spacing
                color: App.theme.surface
                border.color: App.theme.border
                radius: App.theme.spacing / 2
                Column {
                    id: shelterLines
                    anchors.left: parent.left
                    anchors.right: distance.left
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: App.theme.spacing
                    KLabel {
                        width: parent.width
                        text: shelter.modelData.name
                        font.family: App.alerts.shelterFont
                        font.bold: true
                    }
                    KLabel {
                        width: parent.width
                        text: shelter.modelData.address
                        font.family: App.alerts.shelterFont
                        color: App.theme.mutedText
                    }
                }
                Column {
                    id: distance
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.rightMargin: App.theme.spacing
                    KLabel {
                        anchors.right: parent.right
                        text: shelter.modelData.distance
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                    KLabel {
                        objectName: "alertShelterOpen"
                        anchors.right: parent.right
                        visible: text.length > 0
                        text: shelter.modelData.state
                        color: App.theme.link
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                }
            }
        }
        KLabel {
            objectName: "alertMore"
            width: body.width
            visible: text.length > 0
            text: App.alerts ? App.alerts.moreText : ""
            color: App.theme.mutedText
        }
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(tileButton.implicitHeight, backButton.implicitHeight) + 2 * App.theme.spacing
        color: App.theme.surface
        border.color: App.theme.border

        ActionButton {
            id: tileButton
            objectName: "alertTileButton"
            anchors.left: parent.left
            anchors.leftMargin: takeover.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, bar.width / 2 - 1.5 * takeover.margin)
            visible: App.alerts !== null && App.alerts.disasterTile
            text: qsTr("All disaster information")
            onClicked: App.alerts.openDisasterTile()
        }
        ActionButton {
            id: backButton
            objectName: "alertBackButton"
            anchors.right: parent.right
            anchors.rightMargin: takeover.margin
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth,
                            tileButton.visible ? bar.width / 2 - 1.5 * takeover.margin
                                               : bar.width - 2 * takeover.margin)
            primary: true
            text: qsTr("Back to what I was doing")
            onClicked: App.alerts.goBack()
        }
    }
}
