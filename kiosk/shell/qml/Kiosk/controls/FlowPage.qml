import QtQuick
import Kiosk

// One step of a flow: what the frame says about it, its content, and its own buttons.
//
// In a ScreenFrame the page's ``actions`` stand at the right end of the frame's bottom bar,
// the primary one last; ``showBack: false`` hides Back where going back makes no sense (the
// card is proved, the visit is over), and ``leaveBlocked: true`` disables Home and Finish while
// the resident must not walk away (documents in the tray), and ``endsVisit: true`` says the
// page's own primary action is Finish, so the frame does not offer a second one. Outside a frame
// the actions stay at the bottom right of the page.
Item {
    id: page

    property string title
    property string instructions
    property bool showBack: true
    property bool leaveBlocked: false
    property bool endsVisit: false
    default property alias content: body.data
    property alias actions: actionRow.data
    // The frame's place for the actions, once this page found its frame.
    property Item dock: null

    Component.onCompleted: {
        for (let item = page.parent; item; item = item.parent) {
            const frame = item as ScreenFrame
            if (frame) {
                frame.page = page
                page.dock = frame.actionDock
                return
            }
        }
    }

    Item {
        id: body
        anchors.fill: parent
        anchors.bottomMargin: page.dock ? 0 : actionRow.height + App.theme.spacing
    }

    Row {
        id: actionRow
        parent: page.dock ? page.dock : page
        anchors.right: page.dock ? undefined : page.right
        anchors.bottom: page.dock ? undefined : page.bottom
        // A page being replaced leaves the frame's bar at once.
        visible: page.dock === null || (page.parent !== null && page.visible)
        spacing: App.theme.spacing
    }
}
