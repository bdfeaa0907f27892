pmSearch.shard("6f-66",{"of":[0,2,1,1,1,1]});
