# A singly linked list class with __len__, __iter__, __getitem__,
# __repr__, insertion, removal and reversal, as tutorials write it.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return iter(out)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("list index out of range")

    def __repr__(self):
        return " -> ".join(repr(v) for v in self) or "empty"


def on_client_request():
    ll = LinkedList([3, 1, 4])
    ll.append(1)
    ll.prepend(9)
    out = [repr(ll), len(ll), ll[0], ll[-1], ll.remove(4), ll.remove(42), repr(ll)]
    ll.reverse()
    out.append(repr(ll))
    out.append(sum(ll))
    out.append(repr(LinkedList()))
    try:
        ll[10]
    except IndexError as e:
        out.append("IndexError " + str(e))
    return "\n".join(str(x) for x in out) + "\n"
