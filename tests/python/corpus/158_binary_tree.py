# A binary search tree: recursive insertion, search, in-order traversal
# through a recursive method, height, min/max and deletion.
class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        self.root = self._insert(self.root, key)

    def _insert(self, node, key):
        if node is None:
            self.count += 1
            return TreeNode(key)
        if key < node.key:
            node.left = self._insert(node.left, key)
        elif key > node.key:
            node.right = self._insert(node.right, key)
        return node

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []
        self._walk(self.root, out)
        return out

    def _walk(self, node, out):
        if node:
            self._walk(node.left, out)
            out.append(node.key)
            self._walk(node.right, out)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            return None
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key = succ.key
            node.right = self._delete(node.right, succ.key)
        return node


def on_client_request():
    t = BST()
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
        t.insert(k)
    out = [t.inorder(), t.count, 40 in t, 99 in t, t.height()]
    t.delete(30)
    t.delete(50)
    out += [t.inorder(), t.root.key, t.height()]
    return "\n".join(str(x) for x in out) + "\n"
