package org.compliancebridge.domain.port;

import java.util.List;
import java.util.Optional;
import org.compliancebridge.domain.landscape.Catalogue;
import org.compliancebridge.domain.landscape.CatalogueItem;
import org.compliancebridge.domain.landscape.ItemRef;

/** Catalogues loaded into the workspace and their items. Writes only inside an audited unit of work. */
public interface CatalogueRepository {
    List<Catalogue> catalogues();

    Optional<Catalogue> find(String frameworkId);

    /** Stores a catalogue's header row; its items follow with {@link #insertItems}. */
    void insert(Catalogue catalogue);

    /** Stores items (one batch) of a catalogue stored before in the same transaction. */
    void insertItems(List<CatalogueItem> items);

    /** Removes a catalogue and its items, before storing a replacement in the same transaction. */
    void delete(String frameworkId);

    /** Items of one framework in document order. */
    List<CatalogueItem> items(String frameworkId);

    /** Every item of every catalogue, per framework in document order. */
    List<CatalogueItem> allItems();

    Optional<CatalogueItem> item(ItemRef ref);

    boolean exists(ItemRef ref);
}
