namespace CdsService.Api.Tests.Telemetry;

using System.Collections;

/// <summary>
/// The in-memory exporters add from the SDK's export thread while the service's background work (the batch worker)
/// may still be producing; this collection takes each add under a lock and is read through a snapshot, so reading it
/// never races a late export.
/// </summary>
internal sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate) return _items.Count;
        }
    }

    public bool IsReadOnly => false;

    public void Add(T item)
    {
        lock (_gate) _items.Add(item);
    }

    public void Clear()
    {
        lock (_gate) _items.Clear();
    }

    public bool Contains(T item)
    {
        lock (_gate) return _items.Contains(item);
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_gate) _items.CopyTo(array, arrayIndex);
    }

    public bool Remove(T item)
    {
        lock (_gate) return _items.Remove(item);
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private List<T> Snapshot()
    {
        lock (_gate) return [.. _items];
    }
}
